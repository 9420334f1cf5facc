package scot.sds.portal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import scot.sds.portal.shared.CouncilFiles;
import tools.jackson.core.JacksonException;

/**
 * Reads the council's resource allocation file and refuses one that could not give a sensible figure, listing
 * every reason, so a mistake shows when the portal starts and never in front of a person.
 */
final class AllocationRulesReader {

    private AllocationRulesReader() {}

    static AllocationRules read(String json) {
        AllocationRules rules;
        try {
            rules = CouncilFiles.parse(json, AllocationRules.class);
        } catch (JacksonException unreadable) {
            throw new IllegalStateException("The resource allocation file cannot be read: "
                    + unreadable.getOriginalMessage());
        }
        List<String> problems = problems(rules);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The resource allocation file cannot be used: "
                    + String.join("; ", problems));
        }
        return rules;
    }

    static List<String> problems(AllocationRules rules) {
        List<String> problems = new ArrayList<>();
        if (rules.version() < 1) {
            problems.add("its version must be 1 or more");
        }
        requirePositive(problems, "pricePerPoint", rules.pricePerPoint());
        requirePositive(problems, "cap", rules.cap());
        requirePositive(problems, "roundTo", rules.roundTo());
        if (rules.rangeBelowPercent() < 0 || rules.rangeBelowPercent() >= 100 || rules.rangeAbovePercent() < 0) {
            problems.add("rangeBelowPercent must be from 0 to 99 and rangeAbovePercent 0 or more");
        }
        if (rules.factors().isEmpty()) {
            problems.add("it has no factors");
        }
        rules.factors().forEach((name, factor) -> checkFactor(problems, name, factor));
        EnumSet<SupportOption> missing = EnumSet.allOf(SupportOption.class);
        missing.removeAll(rules.optionPercent().keySet());
        if (!missing.isEmpty()) {
            problems.add("optionPercent has no share for " + missing);
        }
        rules.optionPercent().forEach((option, percent) -> {
            if (percent == null || percent <= 0) {
                problems.add("optionPercent for " + option + " must be more than 0");
            }
        });
        return problems;
    }

    private static void checkFactor(List<String> problems, String name, AllocationRules.Factor factor) {
        if (factor.points().isEmpty() == factor.bands().isEmpty()) {
            problems.add("factor " + name + " needs either points for answers or bands, not both or neither");
        }
        factor.points().forEach((answer, points) -> {
            if (points == null || points < 0) {
                problems.add("factor " + name + " gives " + answer + " points below 0");
            }
        });
        int previous = Integer.MIN_VALUE;
        for (AllocationRules.Band band : factor.bands()) {
            if (band.upTo() <= previous || band.points() < 0) {
                problems.add("factor " + name + " needs bands in rising order with points of 0 or more");
                return;
            }
            previous = band.upTo();
        }
    }

    private static void requirePositive(List<String> problems, String name, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            problems.add(name + " must be more than 0");
        }
    }
}
