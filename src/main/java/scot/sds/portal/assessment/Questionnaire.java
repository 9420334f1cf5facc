package scot.sds.portal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pre-assessment's questions, in sections, as one version of the council's questionnaire file defines them.
 * Which questions are asked follows from the answers given so far.
 *
 * @param optionSets options several questions share, by name
 */
public record Questionnaire(String name, int version, Map<String, List<String>> optionSets, List<Section> sections) {

    public Questionnaire {
        optionSets = optionSets == null ? Map.of() : Map.copyOf(optionSets);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Optional<Question> question(String id) {
        return sections.stream().flatMap(section -> section.questions().stream())
                .filter(question -> question.id().equals(id)).findFirst();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    public Section sectionOf(String questionId) {
        return sections.stream()
                .filter(section -> section.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
    }

    /** The sections asked, given the answers so far (question id to values). */
    public List<Section> sectionsAsked(Map<String, List<String>> answers) {
        return sections.stream().filter(section -> applies(section.showIf(), answers)).toList();
    }

    /** The questions of a section that are asked, given the answers so far. */
    public List<Question> questionsAsked(Section section, Map<String, List<String>> answers) {
        return applies(section.showIf(), answers)
                ? section.questions().stream().filter(question -> applies(question.showIf(), answers)).toList()
                : List.of();
    }

    /** Every question asked, in order: the path through the questionnaire. */
    public List<Question> path(Map<String, List<String>> answers) {
        List<Question> path = new ArrayList<>();
        sectionsAsked(answers).forEach(section -> path.addAll(questionsAsked(section, answers)));
        return path;
    }

    /** The question after this one in its section, if there is one still asked. */
    public Optional<Question> nextInSection(String questionId, Map<String, List<String>> answers) {
        List<Question> asked = questionsAsked(sectionOf(questionId), answers);
        for (int i = 0; i < asked.size() - 1; i++) {
            if (asked.get(i).id().equals(questionId)) {
                return Optional.of(asked.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The question before this one in its section, for the back link. */
    public Optional<Question> previousInSection(String questionId, Map<String, List<String>> answers) {
        List<Question> asked = questionsAsked(sectionOf(questionId), answers);
        for (int i = 1; i < asked.size(); i++) {
            if (asked.get(i).id().equals(questionId)) {
                return Optional.of(asked.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** Whether a question is asked, given the answers so far. */
    public boolean asks(String questionId, Map<String, List<String>> answers) {
        return path(answers).stream().anyMatch(question -> question.id().equals(questionId));
    }

    private static boolean applies(Condition condition, Map<String, List<String>> answers) {
        return condition == null || condition.holds(answers);
    }
}
