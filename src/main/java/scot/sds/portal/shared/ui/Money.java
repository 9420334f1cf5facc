package scot.sds.portal.shared.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;

/** Amounts of money in pounds sterling, in whole pounds, written the way a language writes money. */
public final class Money {

    private static final Currency POUNDS = Currency.getInstance("GBP");

    private Money() {}

    /**
     * @param formatsAs the language's conventions for numbers, such as {@code en-GB} (see {@code Language.locale()})
     */
    public static String pounds(BigDecimal amount, Locale formatsAs) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(formatsAs));
        format.setCurrency(POUNDS);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
