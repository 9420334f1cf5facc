package scot.sds.portal.budget.ui;

import java.util.Map;
import scot.sds.portal.budget.BudgetRange;
import scot.sds.portal.shared.ui.PageContent;

/** A budget range in words, "£1,000 to £2,000 a year", in the page's language. */
public final class RangeText {

    private RangeText() {}

    public static String of(PageContent content, BudgetRange range) {
        return content.text("budget.range", Map.of("low", content.money(range.low()), "high",
                content.money(range.high())));
    }
}
