package scot.sds.portal.assessment;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.account.AccountService;

/**
 * The only way into a person's pre-assessment. Every read and write goes through the access check for the person
 * it is about; who gave an answer is taken from that check, never from the page.
 */
@Service
@Transactional
public class AssessmentService {

    private final AccessGuard guard;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final QuestionnaireVersions questionnaires;
    private final AccountService accounts;
    private final Clock clock;

    AssessmentService(AccessGuard guard, AssessmentRepository assessments, AnswerRepository answers,
            QuestionnaireVersions questionnaires, AccountService accounts, Clock clock) {
        this.guard = guard;
        this.assessments = assessments;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The person's assessment as it stands, or as it was sent; one not yet started is shown with the current
     * questionnaire.
     */
    @Transactional(readOnly = true)
    public AssessmentView view(long personId) {
        guard.require(personId, Action.VIEW_RECORD);
        return latest(personId).map(this::viewOf).orElseGet(() -> new AssessmentView(personId,
                accounts.displayNames(Set.of(personId)).get(personId), questionnaires.current(),
                AssessmentStatus.DRAFT, Map.of(), Optional.empty()));
    }

    /**
     * Saves an answer in the voice given: the person always speaks in their own words; a helper gives their own
     * view, or writes down the person's own words with them. Refused with {@link IllegalStateException} once the
     * assessment has been sent.
     */
    public AnswerResult answer(long personId, String questionId, Voice voice, AnswerInput input) {
        AccessDecision decision = guard.require(personId, Action.CHANGE_ANSWERS);
        Assessment assessment = draftOrStart(personId);
        assessment.requireDraft();
        AssessmentView before = viewOf(assessment);
        Question question = before.questionnaire().question(questionId)
                .filter(asked -> before.asks(asked.id()))
                .orElseThrow(() -> new IllegalArgumentException("Question " + questionId + " is not asked"));
        Optional<AnswerProblem> problem = AnswerRules.problem(question, input);
        if (problem.isPresent()) {
            return AnswerResult.refused(problem.get());
        }
        Voice recorded = decision.helperRole() == null ? Voice.OWN_WORDS : voice;
        Answer answer = answers.findByAssessmentIdAndQuestionAndVoice(assessment.id(), questionId, recorded)
                .orElseGet(() -> new Answer(assessment.id(), questionId, recorded));
        answer.give(input.kind(), input.values().stream().map(String::strip).toList(), decision.actorId(),
                decision.actedAs(), clock.instant());
        answers.save(answer);
        assessment.changed(clock.instant());
        return AnswerResult.saved(viewOf(assessment));
    }

    /**
     * Remembers the question on screen, so the person comes back to it; only for those who may answer, and only
     * until it is sent.
     */
    public void reachedQuestion(long personId, String questionId) {
        if (guard.decide(personId, Action.CHANGE_ANSWERS).allowed()
                && latest(personId).map(assessment -> assessment.status() == AssessmentStatus.DRAFT).orElse(true)) {
            draftOrStart(personId).reachedQuestion(questionId, clock.instant());
        }
    }

    /**
     * Marks the assessment as sent to the council, for whoever may send it: from then on no answer can change. The
     * assessment as sent is returned, for the hand-off to keep.
     */
    public AssessmentView markSent(long personId) {
        guard.require(personId, Action.SUBMIT_TO_COUNCIL);
        Assessment assessment = draftOrStart(personId);
        assessment.sent(clock.instant());
        return viewOf(assessment);
    }

    /** A questionnaire as it was when used: the council's questions, holding nothing about anyone. */
    @Transactional(readOnly = true)
    public Questionnaire questionnaire(String name, int version) {
        return questionnaires.byNameAndVersion(name, version);
    }

    private Optional<Assessment> latest(long personId) {
        return assessments.findFirstByPersonIdOrderByIdDesc(personId);
    }

    /** The assessment being written, started if there is none; one already sent cannot change. */
    private Assessment draftOrStart(long personId) {
        return latest(personId).orElseGet(() -> assessments.save(
                Assessment.start(personId, questionnaires.currentId(), clock.instant())));
    }

    private AssessmentView viewOf(Assessment assessment) {
        List<Answer> given = answers.findByAssessmentId(assessment.id());
        Set<Long> giverIds = new HashSet<>();
        giverIds.add(assessment.personId());
        given.forEach(answer -> giverIds.add(answer.givenBy()));
        Map<Long, String> names = accounts.displayNames(giverIds);
        Map<String, AnswersToQuestion> byQuestion = new HashMap<>();
        for (Answer answer : given) {
            GivenAnswer shown = new GivenAnswer(answer.question(), answer.voice(), answer.kind(), answer.values(),
                    answer.givenBy(), names.get(answer.givenBy()), AccessDecision.helperRoleOf(answer.givenAs()),
                    answer.givenAt());
            byQuestion.merge(answer.question(), AnswersToQuestion.NONE.with(shown),
                    (earlier, later) -> earlier.with(shown));
        }
        Questionnaire questionnaire = questionnaires.byId(assessment.questionnaireVersionId());
        return new AssessmentView(assessment.personId(), names.get(assessment.personId()), questionnaire,
                assessment.status(), byQuestion, Optional.ofNullable(assessment.currentQuestion())
                        .filter(id -> questionnaire.question(id).isPresent()));
    }
}
