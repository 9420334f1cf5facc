package scot.sds.portal.learn.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** The privacy notice: controller, data, lawful basis, who sees it, rights, and the few cookies the portal sets. */
@Route(Paths.PRIVACY)
@AnonymousAllowed
public class PrivacyView extends PortalPage {

    private final Map<String, Object> council;

    public PrivacyView(CouncilDetails council) {
        super("privacy.title");
        this.council = CouncilArguments.of(council);
    }

    @Override
    protected void render(PageContent content) {
        content.point("privacy.intro.p1", council);
        content.heading("privacy.controller.title");
        content.point("privacy.controller.p1", council);
        content.heading("privacy.collect.title");
        content.points("privacy.collect.p1", "privacy.collect.p2", "privacy.collect.p3");
        content.point("privacy.collect.p4");
        content.heading("privacy.why.title");
        content.point("privacy.why.p1");
        content.point("privacy.why.p2");
        content.heading("privacy.who.title");
        content.points("privacy.who.p1", "privacy.who.p2", "privacy.who.p3");
        content.point("privacy.who.p4");
        content.heading("privacy.keep.title");
        content.point("privacy.keep.p1", council);
        content.heading("privacy.rights.title");
        content.point("privacy.rights.p1");
        content.point("privacy.rights.p2", council);
        content.heading("privacy.cookies.title");
        content.point("privacy.cookies.p1");
        content.point("privacy.cookies.p2");
        content.points("privacy.cookies.p3", "privacy.cookies.p4", "privacy.cookies.p5", "privacy.cookies.p6",
                "privacy.cookies.p7");
        content.point("privacy.cookies.p8");
        content.heading("privacy.complain.title");
        content.point("privacy.complain.p1");
    }
}
