package scot.sds.portal.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The council's resource allocation rules, as its file states them: points for the answers that feed the budget,
 * the price of a point, how wide the range shown is, the cap, and how the figure differs by option.
 *
 * @param pricePerPoint pounds a year for each point
 * @param rangeBelowPercent how far below the figure the range shown starts, in percent
 * @param rangeAbovePercent how far above the figure it ends, in percent
 * @param cap the most the range may show, in pounds a year
 * @param roundTo the amount figures are rounded to, in pounds (10 shows £8,650 rather than £8,647.50)
 * @param factors points by budget factor, as questions of the questionnaire name them
 * @param optionPercent the share of the figure each option gives, in percent (over 100 where an option costs
 *     more to run, such as employer costs of a direct payment)
 */
public record AllocationRules(int version, BigDecimal pricePerPoint, int rangeBelowPercent, int rangeAbovePercent,
        BigDecimal cap, BigDecimal roundTo, Map<String, Factor> factors, Map<SupportOption, Integer> optionPercent) {

    public AllocationRules {
        factors = factors == null ? Map.of() : Map.copyOf(factors);
        optionPercent = optionPercent == null ? Map.of() : Map.copyOf(optionPercent);
    }

    /**
     * Points for one factor: by the answer chosen, or, for a number, by the first band it falls in.
     *
     * @param points points for each choice
     * @param bands bands of a number, in rising order
     */
    public record Factor(Map<String, Integer> points, List<Band> bands) {

        public Factor {
            points = points == null ? Map.of() : Map.copyOf(points);
            bands = bands == null ? List.of() : List.copyOf(bands);
        }
    }

    /** Numbers up to and including {@code upTo} earn {@code points}. */
    public record Band(int upTo, int points) {}
}
