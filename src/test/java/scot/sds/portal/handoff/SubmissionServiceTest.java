package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentStatus;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.options.Preference;
import scot.sds.portal.outcomes.NationalOutcome;
import scot.sds.portal.outcomes.OutcomeDraft;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.outcomes.Priority;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * Sending freezes everything the person prepared under a reference: once, by the person or a helper allowed to
 * send, never by anyone else; the answers stop changing, and the database refuses any change to what was sent.
 */
@PortalTest
class SubmissionServiceTest {

    private static final String REFERENCE = "SDS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";

    @Autowired
    SubmissionService submissions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    OptionPreferenceService preferences;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @Autowired
    JdbcTemplate database;

    private People people;
    private AccountSummary ann;

    @BeforeEach
    void aPerson() {
        people = new People(accounts, relationships);
        ann = people.account("Ann", Role.PERSON);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void what_is_sent_is_everything_prepared_frozen_under_a_reference() {
        AccountSummary carl = people.account("Carl", Role.CARER);
        people.helps(carl, ann, consent(HelperRole.CARER, Scope.ANSWER));
        signIn(ann);
        assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day"));
        outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft("feeling-safe", "Safe at night",
                Priority.VERY_IMPORTANT, "I sleep through", EnumSet.noneOf(NationalOutcome.class)), Voice.OWN_WORDS);
        preferences.choose(ann.id(), Preference.OPTION_2, "Someone else holds the money");
        signIn(carl);
        assessments.answer(ann.id(), "personal-care", Voice.HELPER_VIEW, AnswerInput.of("most-days"));

        signIn(ann);
        SendResult result = submissions.send(ann.id(), Locale.ENGLISH);
        SentSubmission sent = result.sent().orElseThrow();
        assertThat(sent.reference()).matches(REFERENCE);
        assertThat(sent.steps()).extracting(TrackedStep::step).containsExactly(CaseStep.RECEIVED);
        HandOffPack pack = sent.pack();
        assertThat(pack.format()).isEqualTo(HandOffPack.FORMAT);
        assertThat(pack.reference()).isEqualTo(sent.reference());
        assertThat(pack.person().id()).isEqualTo(ann.id());
        assertThat(pack.sentBy().actedAs()).isEqualTo("PERSON");
        assertThat(pack.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.question()).isEqualTo("personal-care");
            assertThat(answer.ownWords().values()).containsExactly("every-day");
            assertThat(answer.helperView().values()).containsExactly("most-days");
            assertThat(answer.helperView().givenAs()).isEqualTo("CARER");
            assertThat(answer.helperView().givenBy()).isEqualTo(carl.displayName());
        });
        assertThat(pack.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.talkingPoint()).isEqualTo("feeling-safe");
            assertThat(outcome.ownWords()).isEqualTo("Safe at night");
        });
        assertThat(pack.preference().option()).isEqualTo("OPTION_2");
        assertThat(pack.preference().budgetShown().ranges()).containsKey("INDIVIDUAL_SERVICE_FUND");
        assertThat(pack.helpers()).singleElement().satisfies(helper -> {
            assertThat(helper.name()).isEqualTo(carl.displayName());
            assertThat(helper.role()).isEqualTo("CARER");
        });

        // Later changes reach neither the answers nor what was sent.
        assertThat(assessments.view(ann.id()).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThatThrownBy(() -> assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS,
                AnswerInput.of("never"))).isInstanceOf(IllegalStateException.class);
        preferences.choose(ann.id(), Preference.OPTION_3, null);
        assertThat(submissions.send(ann.id(), Locale.ENGLISH).problem()).contains(SendProblem.ALREADY_SENT);
        assertThat(submissions.sent(ann.id()).orElseThrow().pack()).isEqualTo(pack);
        assertThat(assessments.view(ann.id()).answersTo("personal-care").ownWords().orElseThrow().values())
                .containsExactly("every-day");
    }

    @Test
    void the_database_refuses_any_change_to_what_was_sent() {
        signIn(ann);
        assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day"));
        String reference = submissions.send(ann.id(), Locale.ENGLISH).sent().orElseThrow().reference();
        String before = database.queryForObject("select pack from submission where reference = ?", String.class,
                reference);

        assertThatThrownBy(() -> database.update("update submission set pack = '{}' where reference = ?", reference))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> database.update("update submission set person_id = ? where reference = ?",
                people.account("Other", Role.PERSON).id(), reference)).isInstanceOf(DataAccessException.class);
        assertThat(database.queryForObject("select pack from submission where reference = ?", String.class,
                reference)).isEqualTo(before);
    }

    @Test
    void nothing_answered_is_not_sent_and_the_assessment_stays_open() {
        signIn(ann);
        assertThat(submissions.send(ann.id(), Locale.ENGLISH).problem()).contains(SendProblem.NOTHING_TO_SEND);
        assertThat(submissions.sent(ann.id())).isEmpty();
        assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day"));
        assertThat(assessments.view(ann.id()).status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void only_the_person_or_a_helper_allowed_to_send_sends_and_viewers_only_read() {
        AccountSummary sender = people.account("Sara", Role.CARER);
        AccountSummary answerer = people.account("Alan", Role.CARER);
        AccountSummary viewer = people.account("Vera", Role.PERSON);
        AccountSummary stranger = people.account("Stan", Role.PERSON);
        people.helps(sender, ann, consent(HelperRole.CARER, Scope.ANSWER, Scope.SUBMIT));
        people.helps(answerer, ann, consent(HelperRole.FAMILY, Scope.ANSWER));
        people.helps(viewer, ann, consent(HelperRole.FAMILY, Scope.VIEW));
        signIn(ann);
        assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day"));

        for (AccountSummary refused : new AccountSummary[] {answerer, viewer, stranger}) {
            signIn(refused);
            assertThat(submissions.maySend(ann.id())).isFalse();
            assertThatThrownBy(() -> submissions.send(ann.id(), Locale.ENGLISH))
                    .isInstanceOf(NotPermittedException.class);
        }
        signIn(stranger);
        assertThatThrownBy(() -> submissions.sent(ann.id())).isInstanceOf(NotPermittedException.class);

        signIn(sender);
        assertThat(submissions.maySend(ann.id())).isTrue();
        HandOffPack pack = submissions.send(ann.id(), Locale.ENGLISH).sent().orElseThrow().pack();
        assertThat(pack.sentBy().id()).isEqualTo(sender.id());
        assertThat(pack.sentBy().actedAs()).isEqualTo("CARER");
        assertThat(pack.helpers()).extracting(HandOffPack.Helper::name)
                .containsExactly(sender.displayName(), answerer.displayName(), viewer.displayName());

        signIn(viewer);
        assertThat(submissions.sent(ann.id())).hasValueSatisfying(sent -> assertThat(sent.pack()).isEqualTo(pack));
    }
}
