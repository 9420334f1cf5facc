package scot.sds.portal.handoff.ui;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.sds.portal.assessment.ui.CheckAnswersPart;
import scot.sds.portal.handoff.SubmissionService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;

/** The end of "Check your answers": the way on to sending it all, or, once sent, its reference and tracker. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SendOnCheckAnswers implements CheckAnswersPart {

    private final SubmissionService submissions;

    SendOnCheckAnswers(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void addTo(PageContent content, long personId) {
        content.heading("handoff.check.heading");
        submissions.sent(personId).ifPresentOrElse(sent -> {
            content.point("handoff.check.sent.p1", Map.of("date", content.dateTime(sent.sentAt()), "reference",
                    sent.reference()));
            content.link("handoff.tracker.link", Paths.TRACKER);
        }, () -> {
            content.point("handoff.check.send.p1");
            content.startLink("handoff.check.send.link", Paths.SEND);
        });
    }
}
