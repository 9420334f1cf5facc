package scot.sds.portal.learn.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** How to reach a person: the emergency numbers first, then the council's team, a helper, advocacy, other formats. */
@Route(Paths.HELP)
@AnonymousAllowed
public class GetHelpView extends PortalPage {

    private final Map<String, Object> council;

    public GetHelpView(CouncilDetails council) {
        super("help.title");
        this.council = CouncilArguments.of(council);
    }

    @Override
    protected void render(PageContent content) {
        content.heading("help.emergency.title");
        content.inset("help.emergency.p1", council);
        content.heading("help.contact.title");
        content.point("help.contact.p1", council);
        content.point("help.contact.p2", council);
        content.point("help.contact.p3", council);
        content.point("help.contact.p4");
        content.heading("help.someone.title");
        content.point("help.someone.p1");
        content.heading("help.advocacy.title");
        content.point("help.advocacy.p1");
        content.point("help.advocacy.p2");
        content.point("help.advocacy.p3");
        content.heading("help.format.title");
        content.point("help.format.p1");
    }
}
