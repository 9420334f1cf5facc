package scot.sds.portal.learn.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for, against WCAG 2.2 AA. */
@Route(Paths.ACCESSIBILITY)
@AnonymousAllowed
public class AccessibilityStatementView extends PortalPage {

    private final Map<String, Object> council;

    public AccessibilityStatementView(CouncilDetails council) {
        super("accessibility.title");
        this.council = CouncilArguments.of(council);
    }

    @Override
    protected void render(PageContent content) {
        content.point("accessibility.intro.p1", council);
        content.heading("accessibility.using.title");
        content.point("accessibility.using.p1");
        content.points("accessibility.using.p2", "accessibility.using.p3", "accessibility.using.p4",
                "accessibility.using.p5", "accessibility.using.p6", "accessibility.using.p7", "accessibility.using.p8");
        content.heading("accessibility.compliance.title");
        content.point("accessibility.compliance.p1", council);
        content.point("accessibility.compliance.p2");
        content.heading("accessibility.testing.title");
        content.points("accessibility.testing.p1", "accessibility.testing.p2", "accessibility.testing.p3");
        content.heading("accessibility.issues.title");
        content.point("accessibility.issues.p1");
        content.point("accessibility.issues.p2");
        content.heading("accessibility.report.title");
        content.point("accessibility.report.p1", council);
        content.point("accessibility.report.p2");
        content.heading("accessibility.enforcement.title");
        content.point("accessibility.enforcement.p1");
        content.point("accessibility.enforcement.p2");
        content.heading("accessibility.prepared.title");
        content.point("accessibility.prepared.p1");
    }
}
