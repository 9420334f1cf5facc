package scot.sds.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.List;
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
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * Answers are saved with who gave them and in whose words; the questions asked follow from the answers; and
 * nobody without the right reads or changes a person's assessment, whatever ids they pass.
 */
@PortalTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    private People people;
    private AccountSummary ann;
    private AccountSummary colin;

    @BeforeEach
    void people() {
        people = new People(accounts, relationships);
        ann = people.account("Ann", Role.PERSON);
        colin = people.account("Colin", Role.CARER);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_persons_answers_are_their_own_words_and_decide_which_questions_follow() {
        signIn(ann);
        assertThat(assessments.view(ann.id()).asks("help-nearby")).isFalse();

        // Even if a page asked for a helper's view, the person always speaks for themselves.
        AssessmentView view = saved(assessments.answer(ann.id(), "living-situation", Voice.HELPER_VIEW,
                AnswerInput.of("alone")));

        GivenAnswer answer = view.answersTo("living-situation").ownWords().orElseThrow();
        assertThat(answer.values()).containsExactly("alone");
        assertThat(answer.givenBy()).isEqualTo(ann.id());
        assertThat(answer.givenAs()).isNull();
        assertThat(view.answersTo("living-situation").helperView()).isEmpty();
        assertThat(view.asks("help-nearby")).isTrue();
        assertThat(view.nextInSection("living-situation")).map(Question::id).contains("help-nearby");

        view = saved(assessments.answer(ann.id(), "living-situation", Voice.OWN_WORDS,
                AnswerInput.of("with-family")));
        assertThat(view.asks("help-nearby")).isFalse();
        assertThat(view.nextInSection("living-situation")).map(Question::id).contains("communication");
        assertThat(view.questionnaire().version()).isEqualTo(1);
    }

    @Test
    void a_carers_view_is_kept_beside_the_persons_own_words_and_a_difference_shows() {
        people.helps(colin, ann, consent(HelperRole.CARER, Scope.ANSWER));

        signIn(colin);
        assessments.answer(ann.id(), "personal-care", Voice.HELPER_VIEW, AnswerInput.of("every-day"));
        signIn(ann);
        AssessmentView view = saved(assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS,
                AnswerInput.of("some-days")));

        AnswersToQuestion said = view.answersTo("personal-care");
        assertThat(said.helperView()).hasValueSatisfying(carer -> {
            assertThat(carer.values()).containsExactly("every-day");
            assertThat(carer.givenByName()).isEqualTo("Colin");
            assertThat(carer.givenAs()).isEqualTo(HelperRole.CARER);
        });
        assertThat(said.ownWords()).hasValueSatisfying(own -> assertThat(own.givenByName()).isEqualTo("Ann"));
        assertThat(said.viewsDiffer()).isTrue();

        view = saved(assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day")));
        assertThat(view.answersTo("personal-care").viewsDiffer()).isFalse();
    }

    @Test
    void an_advocate_writing_down_the_persons_words_is_recorded_as_the_writer_of_the_persons_own_words() {
        AccountSummary aisha = people.account("Aisha", Role.ADVOCATE);
        people.helps(aisha, ann, consent(HelperRole.ADVOCATE, Scope.ANSWER));

        signIn(aisha);
        AssessmentView view = saved(assessments.answer(ann.id(), "good-day", Voice.OWN_WORDS,
                AnswerInput.of("  Going to the allotment with my grandson  ")));

        GivenAnswer answer = view.answersTo("good-day").ownWords().orElseThrow();
        assertThat(answer.values()).containsExactly("Going to the allotment with my grandson");
        assertThat(answer.givenBy()).isEqualTo(aisha.id());
        assertThat(answer.givenAs()).isEqualTo(HelperRole.ADVOCATE);
        assertThat(view.personName()).isEqualTo("Ann");
    }

    @Test
    void nobody_else_reads_or_changes_the_assessment_whatever_id_they_pass() {
        AccountSummary stranger = people.account("Stranger", Role.PERSON);
        AccountSummary viewer = people.account("Viewer", Role.CARER);
        AccountSummary staff = people.account("Sam", Role.STAFF);
        people.helps(viewer, ann, consent(HelperRole.FAMILY));
        signIn(ann);
        assessments.answer(ann.id(), "preferred-name", Voice.OWN_WORDS, AnswerInput.of("Annie"));

        signIn(stranger);
        assertThatThrownBy(() -> assessments.view(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.answer(ann.id(), "preferred-name", Voice.OWN_WORDS,
                AnswerInput.of("Hacked"))).isInstanceOf(NotPermittedException.class);
        assessments.reachedQuestion(ann.id(), "meals");

        signIn(viewer);
        assertThat(assessments.view(ann.id()).answersTo("preferred-name").ownWords()).isPresent();
        assertThatThrownBy(() -> assessments.answer(ann.id(), "preferred-name", Voice.HELPER_VIEW,
                AnswerInput.of("Nan"))).isInstanceOf(NotPermittedException.class);

        signIn(staff);
        assertThat(assessments.view(ann.id()).answersTo("preferred-name").ownWords()).isPresent();
        assertThatThrownBy(() -> assessments.answer(ann.id(), "preferred-name", Voice.HELPER_VIEW,
                AnswerInput.of("Mrs Smith"))).isInstanceOf(NotPermittedException.class);

        People.signOut();
        assertThatThrownBy(() -> assessments.view(ann.id())).isInstanceOf(NotPermittedException.class);

        signIn(ann);
        AssessmentView view = assessments.view(ann.id());
        assertThat(view.answersTo("preferred-name").ownWords().orElseThrow().values()).containsExactly("Annie");
        assertThat(view.answersTo("preferred-name").helperView()).isEmpty();
        assertThat(view.resumeAt()).isEmpty();
    }

    @Test
    void a_helper_whose_access_was_revoked_cannot_answer_any_more() {
        long relationship = people.helps(colin, ann, consent(HelperRole.CARER, Scope.ANSWER));
        signIn(colin);
        assessments.answer(ann.id(), "meals", Voice.HELPER_VIEW, AnswerInput.of("most-days"));
        signIn(ann);
        relationships.revoke(relationship);

        signIn(colin);
        assertThatThrownBy(() -> assessments.answer(ann.id(), "meals", Voice.HELPER_VIEW,
                AnswerInput.of("never"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.view(ann.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void answers_that_do_not_fit_the_question_are_refused_with_the_reason() {
        signIn(ann);
        assessments.answer(ann.id(), "unpaid-carer", Voice.OWN_WORDS, AnswerInput.of("yes"));

        assertThat(problem("carer-hours", AnswerInput.of("200"))).isEqualTo(AnswerProblem.NUMBER_OUT_OF_RANGE);
        assertThat(problem("carer-hours", AnswerInput.of("ten"))).isEqualTo(AnswerProblem.NOT_A_NUMBER);
        assertThat(problem("carer-hours", AnswerInput.of(" "))).isEqualTo(AnswerProblem.NO_ANSWER);
        assertThat(problem("meals", AnswerInput.of("sometimes"))).isEqualTo(AnswerProblem.NOT_AN_OPTION);
        assertThat(problem("other-support", AnswerInput.of("home-care", "magic"))).isEqualTo(
                AnswerProblem.NOT_AN_OPTION);
        assertThat(problem("meals", AnswerInput.instead(AnswerKind.RATHER_NOT_SAY)))
                .isEqualTo(AnswerProblem.NOT_OFFERED);
        assertThat(problem("good-day", AnswerInput.of("x".repeat(Question.MOST_CHARACTERS + 1))))
                .isEqualTo(AnswerProblem.TOO_LONG);
        assertThat(assessments.view(ann.id()).answersTo("carer-hours").answered()).isFalse();

        assertThat(problem("carer-hours", AnswerInput.of("35"))).isNull();
        assertThat(problem("worries", AnswerInput.of(""))).isNull();
        assertThat(problem("money", AnswerInput.instead(AnswerKind.RATHER_NOT_SAY))).isNull();
        assertThatThrownBy(() -> assessments.answer(ann.id(), "no-such-question", Voice.OWN_WORDS,
                AnswerInput.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sections_show_their_progress_and_the_person_comes_back_to_the_question_they_were_on() {
        signIn(ann);
        AssessmentView fresh = assessments.view(ann.id());
        Section aboutMe = fresh.questionnaire().section("about-me").orElseThrow();
        assertThat(fresh.status(aboutMe)).isEqualTo(SectionStatus.NOT_STARTED);
        assertThat(fresh.firstUnanswered()).map(Question::id).contains("preferred-name");

        assessments.answer(ann.id(), "preferred-name", Voice.OWN_WORDS, AnswerInput.of("Annie"));
        assessments.reachedQuestion(ann.id(), "living-situation");
        AssessmentView started = assessments.view(ann.id());
        assertThat(started.status(aboutMe)).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(started.resumeAt()).contains("living-situation");
        assertThat(started.firstUnanswered()).map(Question::id).contains("date-of-birth");
        assertThat(started.continueAt()).map(Question::id).contains("living-situation");

        for (Question question : started.questionsAsked(aboutMe)) {
            assessments.answer(ann.id(), question.id(), Voice.OWN_WORDS, anyAnswer(question));
        }
        AssessmentView done = assessments.view(ann.id());
        assertThat(done.status(aboutMe)).isEqualTo(SectionStatus.COMPLETED);
        assertThat(done.sectionsCompleted()).isEqualTo(1);
        assertThat(done.firstUnanswered()).map(Question::id).contains("personal-care");
        assertThat(done.continueAt()).map(Question::id).contains("personal-care");
        assertThat(done.sectionsAsked()).extracting(Section::id).doesNotContain("carer");
    }

    private AnswerProblem problem(String questionId, AnswerInput input) {
        return assessments.answer(ann.id(), questionId, Voice.OWN_WORDS, input).problem().orElse(null);
    }

    private static AssessmentView saved(AnswerResult result) {
        assertThat(result.problem()).isEmpty();
        return result.saved().orElseThrow();
    }

    private static AnswerInput anyAnswer(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, SEVERAL_CHOICES, YES_NO -> new AnswerInput(AnswerKind.GIVEN,
                    List.of(question.choices().getLast()));
            case NUMBER -> AnswerInput.of(String.valueOf(question.min()));
            case DATE -> AnswerInput.of("2020-02-29");
            case FREE_TEXT -> AnswerInput.of("In my own words");
        };
    }
}
