package scot.sds.portal.budget;

import java.util.List;

/**
 * An answer that feeds the budget: the factor its question names, and what was chosen or typed.
 *
 * @param given whether it is an answer proper, rather than "I'd rather not say" or "I don't know"
 */
public record FactorAnswer(String factor, String questionId, List<String> values, boolean given) {

    public FactorAnswer {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
