package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import jakarta.mail.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.handoff.CaseDetail.Decision;
import scot.sds.portal.handoff.CaseDetail.Visit;
import scot.sds.portal.handoff.CaseDetail.VisitKind;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;
import scot.sds.portal.support.TestMailServer;

/**
 * After sending: staff ask for information and the person replies, staff book the assessment, decide and close;
 * the person can tell of a change, which joins the same case. Each step shows on the tracker, every step the
 * council takes sends an email with nothing personal in it, and only staff take the council's steps.
 */
@PortalTest
class CaseStepsTest {

    private static final String PRIVATE_WORDS = "Please send a copy of the letter from Dr Hamid";

    @Autowired
    CaseworkService casework;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    private People people;
    private AccountSummary ann;
    private AccountSummary carl;
    private AccountSummary mia;
    private AccountSummary staff;
    private String reference;

    @BeforeEach
    void annSendsWithTwoHelpers() {
        people = new People(accounts, relationships);
        ann = people.account("Ann", Role.PERSON);
        carl = people.account("Carl", Role.CARER);
        mia = people.account("Mia", Role.CARER);
        staff = people.account("Shona", Role.STAFF);
        people.helps(carl, ann, consent(HelperRole.CARER, Scope.ANSWER, Scope.SUBMIT));
        people.helps(mia, ann, consent(HelperRole.FAMILY, Scope.MESSAGES));
        signIn(ann);
        assessments.answer(ann.id(), "other-support", Voice.OWN_WORDS, AnswerInput.of("none"));
        reference = submissions.send(ann.id(), Locale.forLanguageTag("pl")).sent().orElseThrow().reference();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void staff_ask_the_person_replies_and_the_case_goes_on_with_each_step_on_the_tracker() {
        signIn(staff);
        assertThat(casework.write(reference, PRIVATE_WORDS, true)).isEmpty();
        assertThat(casework.open(reference).orElseThrow().summary().status())
                .isEqualTo(CaseStatus.WAITING_FOR_INFORMATION);

        signIn(mia);
        assertThat(submissions.sent(ann.id()).orElseThrow().steps()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo(CaseStep.INFORMATION_REQUESTED);
            assertThat(step.detail().text()).isEqualTo(PRIVATE_WORDS);
        });
        assertThat(submissions.write(ann.id(), "  The letter is on its way.  ")).isEmpty();

        signIn(staff);
        assertThat(casework.open(reference).orElseThrow().summary().status()).isEqualTo(CaseStatus.BEING_LOOKED_AT);
        LocalDate visitDay = LocalDate.now().plusDays(3);
        assertThat(casework.bookVisit(reference, new Visit(visitDay, LocalTime.of(10, 30), VisitKind.HOME_VISIT,
                "12 High Street, Paisley", "Shona, social worker"))).isEmpty();
        assertThat(casework.decide(reference, new Decision(true, new BigDecimal("12500"),
                SupportOption.INDIVIDUAL_SERVICE_FUND, false, "Eligible: critical risk to independence."))).isEmpty();
        assertThat(casework.open(reference).orElseThrow().summary().status()).isEqualTo(CaseStatus.DECIDED);

        signIn(ann);
        SentSubmission seen = submissions.sent(ann.id()).orElseThrow();
        assertThat(seen.steps()).extracting(TrackedStep::step).containsExactly(CaseStep.RECEIVED,
                CaseStep.INFORMATION_REQUESTED, CaseStep.PERSON_WROTE, CaseStep.VISIT_BOOKED, CaseStep.DECIDED);
        assertThat(seen.steps().get(2).by()).isEqualTo(mia.displayName());
        assertThat(seen.steps().get(2).detail().text()).isEqualTo("The letter is on its way.");
        assertThat(seen.steps().get(3).detail().visit()).isEqualTo(new Visit(visitDay, LocalTime.of(10, 30),
                VisitKind.HOME_VISIT, "12 High Street, Paisley", "Shona, social worker"));
        assertThat(seen.steps().get(4).detail().decision().assessedBudget()).isEqualByComparingTo("12500");

        // A helper who may not read messages sees the steps but not the messages.
        signIn(carl);
        assertThat(submissions.sent(ann.id()).orElseThrow().steps()).extracting(TrackedStep::step)
                .containsExactly(CaseStep.RECEIVED, CaseStep.VISIT_BOOKED, CaseStep.DECIDED);
        assertThat(submissions.mayWrite(ann.id())).isFalse();
        assertThatThrownBy(() -> submissions.write(ann.id(), "Hello")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void every_council_step_emails_the_person_and_message_helpers_with_nothing_personal() throws Exception {
        signIn(staff);
        casework.assignToMe(reference);
        casework.write(reference, PRIVATE_WORDS, true);

        for (AccountSummary told : new AccountSummary[] {ann, mia}) {
            List<Message> received = TestMailServer.messagesTo(told.email());
            assertThat(received).hasSize(2);
            String body = received.getFirst().getContent().toString();
            // In the language Ann sent in, with English after it.
            assertThat(body).contains("Sign in to read it").contains("/your-case");
            assertThat(body + received.getFirst().getSubject()).doesNotContain(reference)
                    .doesNotContain(ann.displayName()).doesNotContain("Dr Hamid");
            assertThat(body).contains("Zaplanuj swoje wsparcie").contains("---").contains("Plan your support");
        }
        // Carl may not read messages, and a person's own message tells nobody by email.
        assertThat(TestMailServer.messagesTo(carl.email())).isEmpty();
        signIn(ann);
        submissions.write(ann.id(), "Thank you");
        assertThat(TestMailServer.messagesTo(ann.email())).hasSize(2);
    }

    @Test
    void what_is_missing_is_said_and_nothing_is_added() {
        signIn(staff);
        assertThat(casework.write(reference, "   ", false)).containsExactly(CaseProblem.TEXT_MISSING);
        assertThat(casework.write(reference, "x".repeat(CaseDetail.MOST_CHARACTERS + 1), false))
                .containsExactly(CaseProblem.TEXT_TOO_LONG);
        assertThat(casework.bookVisit(reference, new Visit(LocalDate.now().minusDays(1), null, VisitKind.HOME_VISIT,
                " ", ""))).containsExactly(CaseProblem.DATE_PAST, CaseProblem.TIME_MISSING,
                        CaseProblem.PLACE_MISSING, CaseProblem.WHO_MISSING);
        // A call needs no place.
        assertThat(casework.bookVisit(reference, new Visit(null, LocalTime.NOON, VisitKind.PHONE_CALL, null,
                "Shona"))).containsExactly(CaseProblem.DATE_MISSING);
        assertThat(casework.decide(reference, new Decision(null, null, null, null, "")))
                .containsExactly(CaseProblem.ELIGIBILITY_MISSING, CaseProblem.PLAN_MISSING,
                        CaseProblem.TEXT_MISSING);
        assertThat(casework.decide(reference, new Decision(true, null, null, true, "Reasons")))
                .containsExactly(CaseProblem.BUDGET_MISSING);
        assertThat(casework.decide(reference, new Decision(true, new BigDecimal("1000001"), null, true, "Reasons")))
                .containsExactly(CaseProblem.BUDGET_TOO_HIGH);
        signIn(ann);
        assertThat(submissions.reportChange(ann.id(), null, "")).containsExactly(CaseProblem.CHANGE_KIND_MISSING,
                CaseProblem.TEXT_MISSING);
        assertThat(submissions.sent(ann.id()).orElseThrow().steps()).extracting(TrackedStep::step)
                .containsExactly(CaseStep.RECEIVED);
    }

    @Test
    void a_change_joins_the_same_case_and_a_closed_case_takes_nothing_more() {
        signIn(carl);
        assertThat(submissions.reportChange(ann.id(), CaseDetail.ChangeKind.FLUCTUATING,
                "Some weeks she cannot get out of bed.")).isEmpty();
        signIn(staff);
        StaffCase opened = casework.open(reference).orElseThrow();
        assertThat(opened.sent().steps()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo(CaseStep.CHANGE_REPORTED);
            assertThat(step.detail().change()).isEqualTo(CaseDetail.ChangeKind.FLUCTUATING);
            assertThat(step.by()).isEqualTo(carl.displayName());
        });
        assertThat(casework.queue(CaseQuery.all())).extracting(CaseSummary::reference).containsOnlyOnce(reference);

        assertThat(casework.close(reference, "Moved to another council area.")).isEmpty();
        assertThat(casework.write(reference, "Hello", false)).containsExactly(CaseProblem.CASE_CLOSED);
        signIn(ann);
        assertThat(submissions.write(ann.id(), "Hello")).containsExactly(CaseProblem.CASE_CLOSED);
        assertThat(submissions.sent(ann.id()).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void only_staff_take_the_council_steps_and_never_on_their_own_case() {
        Visit visit = new Visit(LocalDate.now().plusDays(1), LocalTime.NOON, VisitKind.PHONE_CALL, null, "Me");
        Decision decision = new Decision(true, new BigDecimal("99999"), SupportOption.DIRECT_PAYMENT, true, "Yes");
        for (AccountSummary refused : new AccountSummary[] {ann, carl, mia, people.account("Stan", Role.PERSON)}) {
            signIn(refused);
            assertThatThrownBy(() -> casework.decide(reference, decision)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> casework.bookVisit(reference, visit))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> casework.write(reference, "Hi", true)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> casework.close(reference, "Done")).isInstanceOf(NotPermittedException.class);
        }
        People.signOut();
        assertThatThrownBy(() -> casework.decide(reference, decision)).isInstanceOf(NotPermittedException.class);

        // A member of staff who sends their own case cannot decide it.
        signIn(staff);
        assessments.answer(staff.id(), "other-support", Voice.OWN_WORDS, AnswerInput.of("none"));
        String own = submissions.send(staff.id(), Locale.ENGLISH).sent().orElseThrow().reference();
        assertThatThrownBy(() -> casework.decide(own, decision)).isInstanceOf(NotPermittedException.class);

        signIn(ann);
        assertThat(submissions.sent(ann.id()).orElseThrow().steps()).extracting(TrackedStep::step)
                .containsExactly(CaseStep.RECEIVED);
    }
}
