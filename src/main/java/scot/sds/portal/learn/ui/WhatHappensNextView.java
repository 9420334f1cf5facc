package scot.sds.portal.learn.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** The steps from planning here to support starting, which of them only the council decides, and honest waits. */
@Route(Paths.WHAT_HAPPENS_NEXT)
@AnonymousAllowed
public class WhatHappensNextView extends PortalPage {

    private final Map<String, Object> council;

    public WhatHappensNextView(CouncilDetails council) {
        super("next.title");
        this.council = CouncilArguments.of(council);
    }

    @Override
    protected void render(PageContent content) {
        content.point("next.intro.p1");
        content.heading("next.prepare.title");
        content.point("next.prepare.p1");
        content.heading("next.send.title");
        content.point("next.send.p1", council);
        content.point("next.send.p2");
        content.heading("next.assessment.title");
        content.point("next.assessment.p1");
        content.point("next.assessment.p2");
        content.heading("next.decisions.title");
        content.point("next.decisions.p1");
        content.points("next.decisions.p2", "next.decisions.p3", "next.decisions.p4", "next.decisions.p5");
        content.inset("next.decisions.p6");
        content.heading("next.support.title");
        content.point("next.support.p1");
        content.heading("next.review.title");
        content.point("next.review.p1");
        content.point("next.review.p2");
        content.heading("next.wait.title");
        content.point("next.wait.p1");
        content.point("next.wait.p2", council);
        content.heading("next.carers.title");
        content.point("next.carers.p1");
        content.point("next.carers.p2");
        content.link("next.help.link", Paths.HELP);
    }
}
