package scot.sds.portal.handoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.CaseProblem;
import scot.sds.portal.handoff.CaseStatus;
import scot.sds.portal.handoff.SentSubmission;
import scot.sds.portal.handoff.SubmissionService;
import scot.sds.portal.handoff.Timescales;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * What has happened to what the person sent, in plain words: each step with its date (the council's messages
 * among them), then what comes next and the council's timescale for it, and a box to write to the council. Just
 * after sending, it opens with the reference, as GOV.UK's confirmation page does. Helpers see it as far as the
 * person lets them: messages only if they may read them.
 */
@Route(Paths.TRACKER)
@PermitAll
public class TrackerView extends FormPage implements BeforeEnterObserver {

    static final String JUST_SENT = "sent";
    static final String TOLD = "told";
    private static final String MESSAGE_SENT = "message-sent";

    private final SubmissionService submissions;
    private final CurrentPerson currentPerson;
    private final TextArea message = new TextArea();
    private long personId;
    private Optional<SentSubmission> sent = Optional.empty();
    private boolean justSent;
    private boolean told;
    private boolean messageSent;

    public TrackerView(SubmissionService submissions, CurrentPerson currentPerson) {
        super("handoff.tracker.title");
        this.submissions = submissions;
        this.currentPerson = currentPerson;
        message.setId("message-text");
        message.setMaxLength(CaseDetail.MOST_CHARACTERS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        sent = submissions.sent(personId);
        var parameters = event.getLocation().getQueryParameters();
        justSent = parameters.getSingleParameter(JUST_SENT).isPresent();
        told = parameters.getSingleParameter(TOLD).isPresent();
        messageSent = false;
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
        if (told) {
            content.inset("handoff.change.told.p1");
        }
        content.add(errors);
        content.add(new SummaryList()
                .row(content.text("handoff.tracker.reference"), submission.reference())
                .row(content.text("handoff.tracker.sent"), content.dateTime(submission.sentAt()))
                .row(content.text("handoff.tracker.sent-by"), submission.pack().sentBy().name())
                .row(content.text("handoff.tracker.status"), content.text("handoff.status."
                        + MessageKeys.part(submission.status()))))
                .addClassName("case-summary");
        boolean messages = submissions.mayWrite(personId);
        if (submission.status() == CaseStatus.WAITING_FOR_INFORMATION && messages) {
            content.inset("handoff.tracker.asked.p1");
        }
        content.heading("handoff.tracker.steps");
        ListItem next = new ListItem(new Paragraph(next(content, submission)));
        next.addClassName("case-step-next");
        CaseHistory.show(content, submission.steps()).add(next);
        if (submission.status() == CaseStatus.CLOSED) {
            return;
        }
        if (messages) {
            messageForm(content);
        }
        if (submissions.maySend(personId)) {
            content.link("handoff.change.link", Paths.REPORT_CHANGE);
        }
        if (submission.status() == CaseStatus.NEW || submission.status() == CaseStatus.BEING_LOOKED_AT) {
            Timescales timescales = submissions.timescales();
            content.heading("handoff.after.heading");
            content.point("handoff.after.p1", Map.of("weeks", timescales.assessmentWeeks()));
            content.point("handoff.after.p2", Map.of("weeks", timescales.decisionWeeks()));
        }
        content.link("handoff.tracker.answers.link", Paths.CHECK_ANSWERS);
    }

    private String next(PageContent content, SentSubmission submission) {
        Timescales timescales = submissions.timescales();
        return switch (submission.status()) {
            case NEW, BEING_LOOKED_AT -> content.text("handoff.next.first-contact", Map.of("days",
                    timescales.firstContactWorkingDays()));
            case WAITING_FOR_INFORMATION -> content.text("handoff.next.reply");
            case ASSESSMENT_BOOKED -> content.text("handoff.next.decision", Map.of("weeks",
                    timescales.decisionWeeks()));
            case DECIDED -> content.text("handoff.next.plan");
            case CLOSED -> content.text("handoff.next.closed");
        };
    }

    private void messageForm(PageContent content) {
        content.heading("handoff.message.heading");
        if (messageSent) {
            Paragraph confirmation = content.add(new Paragraph(content.text("handoff.message.sent")));
            confirmation.setId(MESSAGE_SENT);
            confirmation.getElement().setAttribute("tabindex", "-1");
        }
        message.setLabel(content.text("handoff.message.label"));
        message.setHelperText(content.text("handoff.message.hint", Map.of("most", CaseDetail.MOST_CHARACTERS)));
        content.add(new Div(message, primaryButton(content.text("handoff.message.send"), "message-send",
                this::sendMessage))).addClassName("portal-form");
    }

    private void sendMessage() {
        errors.clear();
        List<CaseProblem> problems = submissions.write(personId, message.getValue());
        if (problems.isEmpty()) {
            message.clear();
            sent = submissions.sent(personId);
            messageSent = true;
            refresh();
            moveFocusTo(MESSAGE_SENT);
            return;
        }
        problems.forEach(problem -> CaseProblems.add(errors, message, problem));
        showProblems();
    }

}
