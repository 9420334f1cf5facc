package scot.sds.portal.learn.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** The front door: what the service helps a person do, that nothing here is a decision, and where to start. */
@Route(Paths.START)
@AnonymousAllowed
public class StartView extends PortalPage {

    private final Map<String, Object> council;

    public StartView(CouncilDetails council) {
        super("start.title");
        this.council = CouncilArguments.of(council);
    }

    @Override
    protected void render(PageContent content) {
        content.point("start.intro.p1", council);
        content.heading("start.does.title");
        content.points("start.does.p1", "start.does.p2", "start.does.p3", "start.does.p4", "start.does.p5");
        content.heading("start.before.title");
        content.points("start.before.p1", "start.before.p2");
        content.inset("start.before.p3");
        content.startLink("start.start.link", Paths.CREATE_ACCOUNT);
        content.link("start.signin.link", Paths.SIGN_IN);
        content.heading("start.more.title");
        content.link("start.whatis.link", Paths.WHAT_IS_SDS);
        content.link("start.next.link", Paths.WHAT_HAPPENS_NEXT);
        content.link("start.glossary.link", Paths.GLOSSARY);
        content.link("start.help.link", Paths.HELP);
    }
}
