package scot.sds.portal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.CouncilFiles;

/**
 * The council's resource allocation, worked out in the open: each answer's points, their total at the council's
 * price per point, the share each option gives, a range around it and the cap. The rules come from the council's
 * file ({@code portal.allocation}); the portal does not start with a file that could not be used.
 */
@Component
public class ResourceAllocation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AllocationRules rules;

    @Autowired
    ResourceAllocation(@Value("${portal.allocation}") Resource file) {
        this(read(file));
    }

    ResourceAllocation(AllocationRules rules) {
        this.rules = rules;
    }

    public int rulesVersion() {
        return rules.version();
    }

    /** The factors the rules know, so the questionnaire can be checked against them. */
    public Set<String> factors() {
        return rules.factors().keySet();
    }

    public IndicativeBudget indicate(List<FactorAnswer> answers) {
        List<Reason> reasons = new ArrayList<>();
        int points = 0;
        for (FactorAnswer answer : answers) {
            AllocationRules.Factor factor = rules.factors().get(answer.factor());
            boolean counted = answer.given() && factor != null;
            int earned = counted ? points(factor, answer.values()) : 0;
            points += earned;
            reasons.add(new Reason(answer.factor(), answer.questionId(), String.join(", ", answer.values()), earned,
                    counted));
        }
        BigDecimal figure = rules.pricePerPoint().multiply(BigDecimal.valueOf(points));
        Map<SupportOption, BudgetRange> byOption = new EnumMap<>(SupportOption.class);
        boolean capped = false;
        for (SupportOption option : SupportOption.values()) {
            BigDecimal forOption = percent(figure, rules.optionPercent().get(option));
            BigDecimal low = percent(forOption, 100 - rules.rangeBelowPercent());
            BigDecimal high = percent(forOption, 100 + rules.rangeAbovePercent());
            capped |= high.compareTo(rules.cap()) > 0;
            byOption.put(option, new BudgetRange(rounded(low.min(rules.cap())), rounded(high.min(rules.cap()))));
        }
        return new IndicativeBudget(rules.version(), points, List.copyOf(reasons), Map.copyOf(byOption), capped);
    }

    private static int points(AllocationRules.Factor factor, List<String> values) {
        if (!factor.bands().isEmpty()) {
            int number = Integer.parseInt(values.getFirst().strip());
            return factor.bands().stream().filter(band -> number <= band.upTo()).findFirst()
                    .map(AllocationRules.Band::points)
                    .orElse(factor.bands().getLast().points());
        }
        return values.stream().mapToInt(value -> factor.points().getOrDefault(value, 0)).sum();
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
    }

    private BigDecimal rounded(BigDecimal amount) {
        return amount.divide(rules.roundTo(), 0, RoundingMode.HALF_UP).multiply(rules.roundTo());
    }

    private static AllocationRules read(Resource file) {
        return AllocationRulesReader.read(CouncilFiles.text(file));
    }
}
