package scot.sds.portal.shared.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts of money in pounds sterling, in whole pounds, written the way a language writes money. */
public final class Money {

    private static final Currency POUNDS = Currency.getInstance("GBP");

    /** Spaces, direction marks and the ways of writing pounds that may come with a typed amount. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Cf}\u00a0\u202f]|UK£|£|GBP",
            Pattern.CASE_INSENSITIVE);

    private Money() {}

    /**
     * @param formatsAs the language's conventions for numbers, such as {@code en-GB} (see {@code Language.locale()})
     */
    /**
     * An amount as a person typed it, in whole pounds of 0 or more: with or without the pound sign, grouping
     * separators and spaces, in the language's digits or in 0-9; empty if it is not such an amount.
     */
    public static Optional<BigDecimal> parseWholePounds(String typed, Locale formatsAs) {
        String bare = IGNORED.matcher(typed).replaceAll("");
        ParsePosition position = new ParsePosition(0);
        Number number = NumberFormat.getInstance(ULocale.forLocale(formatsAs)).parse(bare, position);
        if (number == null || bare.isEmpty() || position.getIndex() != bare.length()
                || !Double.isFinite(number.doubleValue())) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(number.toString());
        boolean whole = amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
        return amount.signum() >= 0 && whole ? Optional.of(amount.setScale(0)) : Optional.empty();
    }

    public static String pounds(BigDecimal amount, Locale formatsAs) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(formatsAs));
        format.setCurrency(POUNDS);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
