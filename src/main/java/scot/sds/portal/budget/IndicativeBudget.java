package scot.sds.portal.budget;

import java.util.List;
import java.util.Map;

/**
 * An indication, not a decision: the range for each option, the points and the answers behind them, and whether
 * the council's cap limited it.
 *
 * @param rulesVersion the version of the council's rules it was worked out with
 */
public record IndicativeBudget(int rulesVersion, int points, List<Reason> reasons,
        Map<SupportOption, BudgetRange> byOption, boolean capped) {}
