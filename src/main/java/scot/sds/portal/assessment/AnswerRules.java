package scot.sds.portal.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Whether an answer fits its question: the first problem found, if any. */
final class AnswerRules {

    private AnswerRules() {}

    static Optional<AnswerProblem> problem(Question question, AnswerInput input) {
        return Optional.ofNullable(firstProblem(question, input));
    }

    private static AnswerProblem firstProblem(Question question, AnswerInput input) {
        switch (input.kind()) {
            case RATHER_NOT_SAY -> {
                return question.ratherNotSay() ? null : AnswerProblem.NOT_OFFERED;
            }
            case DONT_KNOW -> {
                return question.dontKnow() ? null : AnswerProblem.NOT_OFFERED;
            }
            case GIVEN -> {
                if (input.values().stream().allMatch(String::isBlank)) {
                    return question.optional() ? null : AnswerProblem.NO_ANSWER;
                }
                return valueProblem(question, input);
            }
        }
        throw new IllegalArgumentException("Unknown kind of answer " + input.kind());
    }

    private static AnswerProblem valueProblem(Question question, AnswerInput input) {
        String first = input.values().getFirst().strip();
        return switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> input.values().size() == 1 && question.choices().contains(first)
                    ? null : AnswerProblem.NOT_AN_OPTION;
            case SEVERAL_CHOICES -> question.choices().containsAll(input.values()) ? null : AnswerProblem.NOT_AN_OPTION;
            case FREE_TEXT -> first.length() > Question.MOST_CHARACTERS ? AnswerProblem.TOO_LONG : null;
            case NUMBER -> numberProblem(question, first);
            case DATE -> isDate(first) ? null : AnswerProblem.NOT_A_DATE;
        };
    }

    private static AnswerProblem numberProblem(Question question, String typed) {
        if (!typed.matches("-?\\d{1,9}")) {
            return AnswerProblem.NOT_A_NUMBER;
        }
        int number = Integer.parseInt(typed);
        return number < question.min() || number > question.max() ? AnswerProblem.NUMBER_OUT_OF_RANGE : null;
    }

    private static boolean isDate(String typed) {
        try {
            LocalDate.parse(typed);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
