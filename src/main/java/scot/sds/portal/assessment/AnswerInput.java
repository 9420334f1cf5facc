package scot.sds.portal.assessment;

import java.util.List;

/**
 * What someone gave on a question page: an answer with its values (free text and numbers as typed, a date as
 * {@code yyyy-mm-dd}), or "I'd rather not say" or "I don't know".
 */
public record AnswerInput(AnswerKind kind, List<String> values) {

    public AnswerInput {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static AnswerInput of(String... values) {
        return new AnswerInput(AnswerKind.GIVEN, List.of(values));
    }

    public static AnswerInput instead(AnswerKind kind) {
        return new AnswerInput(kind, List.of());
    }
}
