package scot.sds.portal.handoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.handoff.SentSubmission;
import scot.sds.portal.handoff.SubmissionService;
import scot.sds.portal.handoff.Timescales;
import scot.sds.portal.handoff.TrackedStep;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * What has happened to what the person sent, in plain words: each step with its date, then what comes next and
 * the council's timescale for it. Just after sending, it opens with the reference, as GOV.UK's confirmation page
 * does. Helpers who may see the person's information see it too.
 */
@Route(Paths.TRACKER)
@PermitAll
public class TrackerView extends PortalPage implements BeforeEnterObserver {

    static final String JUST_SENT = "sent";

    private final SubmissionService submissions;
    private final CurrentPerson currentPerson;
    private Optional<SentSubmission> sent = Optional.empty();
    private boolean justSent;

    public TrackerView(SubmissionService submissions, CurrentPerson currentPerson) {
        super("handoff.tracker.title");
        this.submissions = submissions;
        this.currentPerson = currentPerson;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sent = submissions.sent(currentPerson.personId().orElseThrow());
        justSent = event.getLocation().getQueryParameters().getSingleParameter(JUST_SENT).isPresent();
    }

    @Override
    protected void render(PageContent content) {
        if (sent.isEmpty()) {
            content.point("handoff.tracker.nothing.p1");
            content.link("handoff.tracker.nothing.link", Paths.CHECK_ANSWERS);
            return;
        }
        SentSubmission submission = sent.get();
        if (justSent) {
            Paragraph reference = new Paragraph(submission.reference());
            reference.addClassName("reference");
            content.add(new Div(new H2(content.text("handoff.sent.heading")),
                    new Paragraph(content.text("handoff.sent.reference")), reference))
                    .addClassName("confirmation-panel");
        }
        content.add(new SummaryList()
                .row(content.text("handoff.tracker.reference"), submission.reference())
                .row(content.text("handoff.tracker.sent"), content.dateTime(submission.sentAt()))
                .row(content.text("handoff.tracker.sent-by"), submission.pack().sentBy().name()))
                .addClassName("case-summary");
        content.heading("handoff.tracker.steps");
        OrderedList steps = content.add(new OrderedList());
        steps.addClassName("case-steps");
        for (TrackedStep step : submission.steps()) {
            ListItem item = new ListItem(new Paragraph(content.text("handoff.step." + MessageKeys.part(step.step()),
                    Map.of("date", content.dateTime(step.at())))));
            item.addClassName("case-step-done");
            steps.add(item);
        }
        Timescales timescales = submissions.timescales();
        ListItem next = new ListItem(new Paragraph(content.text("handoff.next.first-contact", Map.of("days",
                timescales.firstContactWorkingDays()))));
        next.addClassName("case-step-next");
        steps.add(next);
        content.heading("handoff.after.heading");
        content.point("handoff.after.p1", Map.of("weeks", timescales.assessmentWeeks()));
        content.point("handoff.after.p2", Map.of("weeks", timescales.decisionWeeks()));
        content.point("handoff.after.p3");
        content.link("handoff.tracker.answers.link", Paths.CHECK_ANSWERS);
    }
}
