package scot.sds.portal.budget;

import java.math.BigDecimal;

/** An approximate yearly amount, shown as a range from {@code low} to {@code high} pounds. */
public record BudgetRange(BigDecimal low, BigDecimal high) {}
