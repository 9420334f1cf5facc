package scot.sds.portal.options;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import scot.sds.portal.budget.SupportOption;

/**
 * Option 4 as the person splits it: whole pounds a year for each of options 1 to 3, none below nothing. A part
 * left out is nothing.
 */
public record Mix(Map<SupportOption, BigDecimal> parts) {

    public Mix {
        EnumMap<SupportOption, BigDecimal> copy = new EnumMap<>(SupportOption.class);
        parts.forEach((option, amount) -> {
            if (!SupportOption.partsOfMix().contains(option) || amount == null || amount.signum() < 0
                    || amount.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("A mix has whole pounds of 0 or more for options 1 to 3");
            }
            copy.put(option, amount);
        });
        parts = Map.copyOf(copy);
    }

    /** The amount for one part, nothing if left out. */
    public BigDecimal part(SupportOption option) {
        return parts.getOrDefault(option, BigDecimal.ZERO);
    }

    public BigDecimal total() {
        return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many options have money in them. */
    public long partsUsed() {
        return parts.values().stream().filter(amount -> amount.signum() > 0).count();
    }
}
