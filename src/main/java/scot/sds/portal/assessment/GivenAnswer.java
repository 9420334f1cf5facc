package scot.sds.portal.assessment;

import java.time.Instant;
import java.util.List;
import scot.sds.portal.access.HelperRole;

/**
 * An answer as pages show it, with who gave it.
 *
 * @param givenAs the helper's role when a helper gave it; {@code null} when the person did
 */
public record GivenAnswer(String questionId, Voice voice, AnswerKind kind, List<String> values, long givenBy,
        String givenByName, HelperRole givenAs, Instant givenAt) {

    /** Whether it says the same as another answer: the same kind and values, in any order. */
    public boolean sameAs(GivenAnswer other) {
        return kind == other.kind && values.size() == other.values.size() && values.containsAll(other.values);
    }
}
