package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.AuditRecord;
import scot.sds.portal.access.AuditTrail;
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
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * Staff see what was sent in their queue with the flags its answers raise, open it (which the person can see
 * they did) and take it on, which the person's tracker then shows; nobody else can do any of it.
 */
@PortalTest
class CaseworkServiceTest {

    @Autowired
    CaseworkService casework;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    private People people;
    private AccountSummary ann;
    private AccountSummary carl;
    private AccountSummary staff;
    private String reference;

    @BeforeEach
    void annSendsWhatSheHasAnswered() {
        people = new People(accounts, relationships);
        ann = people.account("Ann", Role.PERSON);
        carl = people.account("Carl", Role.CARER);
        staff = people.account("Shona", Role.STAFF);
        people.helps(carl, ann, consent(HelperRole.CARER, Scope.ANSWER, Scope.SUBMIT));
        signIn(ann);
        assessments.answer(ann.id(), "other-support", Voice.OWN_WORDS, AnswerInput.of("none"));
        assessments.answer(ann.id(), "feel-safe", Voice.OWN_WORDS, AnswerInput.of("mostly"));
        signIn(carl);
        // A worry the helper raises counts as much as the person's own.
        assessments.answer(ann.id(), "feel-safe", Voice.HELPER_VIEW, AnswerInput.of("not-always"));
        reference = submissions.send(ann.id(), Locale.ENGLISH).sent().orElseThrow().reference();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_queue_shows_the_flags_and_filters_by_them_and_by_status() {
        signIn(staff);
        assertThat(casework.queue(CaseQuery.all())).filteredOn(summary -> summary.reference().equals(reference))
                .singleElement().satisfies(summary -> {
                    assertThat(summary.personName()).isEqualTo(ann.displayName());
                    assertThat(summary.status()).isEqualTo(CaseStatus.NEW);
                    assertThat(summary.flags()).containsExactly("no-support-now", "safety");
                    assertThat(summary.assignedTo()).isNull();
                });
        assertThat(casework.queue(new CaseQuery(null, "safety", null))).extracting(CaseSummary::reference)
                .contains(reference);
        assertThat(casework.queue(new CaseQuery(CaseStatus.NEW, "no-support-now", null)))
                .extracting(CaseSummary::reference).contains(reference);
        assertThat(casework.queue(new CaseQuery(null, "carer-involved", null))).extracting(CaseSummary::reference)
                .doesNotContain(reference);
        assertThat(casework.queue(new CaseQuery(CaseStatus.BEING_LOOKED_AT, null, null)))
                .extracting(CaseSummary::reference).doesNotContain(reference);
        assertThat(casework.queue(CaseQuery.all())).isSortedAccordingTo(Comparator.comparing(CaseSummary::sentAt));
        assertThat(casework.flagIds()).startsWith("no-support-now", "safety");
    }

    @Test
    void staff_open_and_take_on_a_case_and_the_person_sees_both() {
        signIn(staff);
        StaffCase opened = casework.open(reference).orElseThrow();
        assertThat(opened.sent().pack().answers()).extracting(HandOffPack.Answer::question)
                .containsExactly("other-support", "feel-safe");
        assertThat(casework.open("SDS-NONE-NONE")).isEmpty();

        casework.assignToMe(reference);
        StaffCase taken = casework.open(reference).orElseThrow();
        assertThat(taken.summary().status()).isEqualTo(CaseStatus.BEING_LOOKED_AT);
        assertThat(taken.summary().assignedTo()).isEqualTo(staff.displayName());
        assertThat(casework.queue(new CaseQuery(CaseStatus.BEING_LOOKED_AT, null, null)))
                .extracting(CaseSummary::reference).contains(reference);

        signIn(ann);
        assertThat(submissions.sent(ann.id()).orElseThrow().steps()).extracting(TrackedStep::step)
                .containsExactly(CaseStep.RECEIVED, CaseStep.ASSIGNED);
        assertThat(auditTrail.aboutMe()).extracting(AuditRecord::actorId).contains(staff.id());
    }

    @Test
    void nobody_but_staff_sees_the_queue_opens_a_case_or_takes_one_on() {
        for (AccountSummary refused : new AccountSummary[] {ann, carl, people.account("Stan", Role.PERSON)}) {
            signIn(refused);
            assertThatThrownBy(() -> casework.queue(CaseQuery.all())).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> casework.open(reference)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> casework.assignToMe(reference)).isInstanceOf(NotPermittedException.class);
        }
        People.signOut();
        assertThatThrownBy(() -> casework.queue(CaseQuery.all())).isInstanceOf(NotPermittedException.class);
        signIn(staff);
        assertThat(casework.open(reference).orElseThrow().summary().assignedTo()).isNull();
    }
}
