package scot.sds.portal.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's pre-assessment as pages show it: the questionnaire version it is answered with, what was said to
 * each question and by whom, each section's status, and where to carry on.
 *
 * @param personId whose assessment it is
 * @param personName their name, to say whose words an answer gives
 * @param status whether it is still a draft
 * @param resumeAt the question the person was last on, if any
 */
public record AssessmentView(long personId, String personName, Questionnaire questionnaire, AssessmentStatus status,
        Map<String, AnswersToQuestion> answers, Optional<String> resumeAt) {

    public AnswersToQuestion answersTo(String questionId) {
        return answers.getOrDefault(questionId, AnswersToQuestion.NONE);
    }

    /** The values that decide which questions are asked. */
    public Map<String, List<String>> decidingValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        answers.forEach((question, said) -> values.put(question, said.decidingValues()));
        return values;
    }

    public List<Section> sectionsAsked() {
        return questionnaire.sectionsAsked(decidingValues());
    }

    public List<Question> questionsAsked(Section section) {
        return questionnaire.questionsAsked(section, decidingValues());
    }

    public boolean asks(String questionId) {
        return questionnaire.asks(questionId, decidingValues());
    }

    public SectionStatus status(Section section) {
        List<Question> asked = questionsAsked(section);
        long answered = asked.stream().filter(question -> answersTo(question.id()).answered()).count();
        if (answered == 0) {
            return SectionStatus.NOT_STARTED;
        }
        return answered == asked.size() ? SectionStatus.COMPLETED : SectionStatus.IN_PROGRESS;
    }

    public long sectionsCompleted() {
        return sectionsAsked().stream().filter(section -> status(section) == SectionStatus.COMPLETED).count();
    }

    /** The first question not yet answered, in the first section not yet finished. */
    public Optional<Question> firstUnanswered() {
        return questionnaire.path(decidingValues()).stream()
                .filter(question -> !answersTo(question.id()).answered()).findFirst();
    }

    /**
     * Where "continue where you left off" goes: the question the person was on if still unanswered, else the next
     * unanswered one after it, else the first unanswered anywhere. Empty when everything asked is answered.
     */
    public Optional<Question> continueAt() {
        List<Question> path = questionnaire.path(decidingValues());
        int from = resumeAt.map(id -> path.stream().map(Question::id).toList().indexOf(id)).orElse(-1);
        return path.stream().skip(Math.max(from, 0))
                .filter(question -> !answersTo(question.id()).answered()).findFirst()
                .or(this::firstUnanswered);
    }

    /** Where a section starts for the person: its first unanswered question, else its first question. */
    public Question entryTo(Section section) {
        List<Question> asked = questionsAsked(section);
        return asked.stream().filter(question -> !answersTo(question.id()).answered()).findFirst()
                .orElse(asked.getFirst());
    }

    public Optional<Question> nextInSection(String questionId) {
        return questionnaire.nextInSection(questionId, decidingValues());
    }

    public Optional<Question> previousInSection(String questionId) {
        return questionnaire.previousInSection(questionId, decidingValues());
    }
}
