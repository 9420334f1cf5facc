package scot.sds.portal.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import scot.sds.portal.shared.CouncilFiles;

/**
 * Reads a questionnaire file (JSON) and refuses one that could not be asked: a condition on a later question, a
 * choice without options, an id used twice. The council learns of a mistake when the portal starts, not when a
 * person meets it.
 */
final class QuestionnaireReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private QuestionnaireReader() {}

    static Questionnaire read(String json) {
        Questionnaire questionnaire = parse(json);
        List<String> problems = problems(questionnaire);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The questionnaire file cannot be used: " + String.join("; ", problems));
        }
        return questionnaire;
    }

    /** The file's content as it is, problems and all. */
    static Questionnaire parse(String json) {
        return withSharedOptions(CouncilFiles.parse(json, Questionnaire.class));
    }

    /** Gives each question that names an option set the set's options, so it is asked like any other. */
    private static Questionnaire withSharedOptions(Questionnaire questionnaire) {
        List<Section> sections = questionnaire.sections().stream().map(section -> new Section(section.id(),
                section.picture(), section.showIf(), section.questions().stream()
                        .map(question -> question.optionSet() == null ? question : question.withOptions(
                                questionnaire.optionSets().getOrDefault(question.optionSet(), List.of())))
                        .toList()))
                .toList();
        return new Questionnaire(questionnaire.name(), questionnaire.version(), questionnaire.optionSets(), sections);
    }

    static List<String> problems(Questionnaire questionnaire) {
        List<String> problems = new ArrayList<>();
        if (questionnaire.name() == null || !ID.matcher(questionnaire.name()).matches()) {
            problems.add("its name must be lower-case words joined by hyphens");
        }
        if (questionnaire.version() < 1) {
            problems.add("its version must be 1 or more");
        }
        if (questionnaire.sections().isEmpty()) {
            problems.add("it has no sections");
        }
        Map<String, Question> earlier = new HashMap<>();
        List<String> sectionIds = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            check(problems, section.id(), "section", sectionIds);
            requirePicture(problems, "section " + section.id(), section.picture());
            checkCondition(problems, "section " + section.id(), section.showIf(), earlier);
            if (section.questions().isEmpty()) {
                problems.add("section " + section.id() + " has no questions");
            }
            for (Question question : section.questions()) {
                checkQuestion(problems, questionnaire, question, earlier);
                earlier.put(question.id(), question);
            }
        }
        return problems;
    }

    private static void checkQuestion(List<String> problems, Questionnaire questionnaire, Question question,
            Map<String, Question> earlier) {
        String name = "question " + question.id();
        check(problems, question.id(), "question", new ArrayList<>(earlier.keySet()));
        requirePicture(problems, name, question.picture());
        if (question.type() == null) {
            problems.add(name + " has no type");
            return;
        }
        if (question.optionSet() != null && !questionnaire.optionSets().containsKey(question.optionSet())) {
            problems.add(name + " names an option set that does not exist: " + question.optionSet());
        }
        if (question.type().hasOptions() != !question.options().isEmpty()) {
            problems.add(name + (question.type().hasOptions() ? " needs options" : " must not have options"));
        }
        question.options().stream().filter(option -> !ID.matcher(option).matches())
                .forEach(option -> problems.add(name + " has an option that is not a lower-case id: " + option));
        if (question.optional() && question.type() != AnswerType.FREE_TEXT) {
            problems.add(name + ": only free text may be left blank");
        }
        boolean number = question.type() == AnswerType.NUMBER;
        if (number != (question.min() != null && question.max() != null)
                || number && question.min() > question.max()) {
            problems.add(name + (number ? " needs a min no bigger than its max" : " must not have min or max"));
        }
        checkCondition(problems, name, question.showIf(), earlier);
    }

    private static void check(List<String> problems, String id, String what, List<String> seen) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("a " + what + " id must be lower-case words joined by hyphens: " + id);
        } else if (seen.contains(id)) {
            problems.add("the " + what + " id " + id + " is used twice");
        } else if (what.equals("section")) {
            seen.add(id);
        }
    }

    private static void requirePicture(List<String> problems, String name, String picture) {
        if (picture == null || picture.isBlank()) {
            problems.add(name + " needs a picture for easy read");
        }
    }

    private static void checkCondition(List<String> problems, String name, Condition condition,
            Map<String, Question> earlier) {
        if (condition == null) {
            return;
        }
        Question asked = earlier.get(condition.question());
        if (asked == null) {
            problems.add(name + " depends on " + condition.question() + ", which is not an earlier question");
        } else if (condition.anyOf().isEmpty() || !asked.choices().containsAll(condition.anyOf())) {
            problems.add(name + " depends on answers " + condition.anyOf() + " that " + asked.id() + " cannot have");
        }
    }
}
