package scot.sds.portal.assessment;

import java.util.List;
import java.util.Map;

/**
 * When a question or section is asked: only if an earlier question was answered with one of some values, such as
 * "show if lives alone".
 *
 * @param question the earlier question's id
 * @param anyOf the answers that make it apply
 */
public record Condition(String question, List<String> anyOf) {

    public Condition {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether it holds for answers given so far (question id to the values chosen). */
    public boolean holds(Map<String, List<String>> answers) {
        return answers.getOrDefault(question, List.of()).stream().anyMatch(anyOf::contains);
    }
}
