package scot.sds.portal.options;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import scot.sds.portal.budget.BudgetRange;

/**
 * Whether a mix fits the indicative budget for option 4: its parts must add up to an amount within the range,
 * in at least two options.
 */
public record MixCheck(BudgetRange range, BigDecimal total, List<Problem> problems) {

    public enum Problem {
        /** A mix needs money in two options at least; one option alone is that option. */
        FEWER_THAN_TWO_PARTS,
        BELOW_RANGE,
        ABOVE_RANGE
    }

    public MixCheck {
        problems = List.copyOf(problems);
    }

    static MixCheck of(Mix mix, BudgetRange range) {
        BigDecimal total = mix.total();
        List<Problem> problems = new ArrayList<>();
        if (mix.partsUsed() < 2) {
            problems.add(Problem.FEWER_THAN_TWO_PARTS);
        }
        if (total.compareTo(range.low()) < 0) {
            problems.add(Problem.BELOW_RANGE);
        } else if (total.compareTo(range.high()) > 0) {
            problems.add(Problem.ABOVE_RANGE);
        }
        return new MixCheck(range, total, problems);
    }

    public boolean fits() {
        return problems.isEmpty();
    }
}
