package scot.sds.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The allocation, worked by hand: answer sets and the ranges they must give for each option, with the cap and the
 * options' different shares; and rules files that could not be used, refused with their reasons.
 */
class ResourceAllocationTest {

    /** £100 a point, a range of -10% to +20%, a cap of £20,000; a direct payment gives 110%, a mix 95%. */
    private static final String RULES = """
            {"version": 7, "pricePerPoint": 100, "rangeBelowPercent": 10, "rangeAbovePercent": 20, "cap": 20000,
             "roundTo": 10,
             "optionPercent": {"DIRECT_PAYMENT": 110, "INDIVIDUAL_SERVICE_FUND": 100, "COUNCIL_ARRANGED": 100,
               "MIX": 95},
             "factors": {
               "personal-care": {"points": {"never": 0, "some-days": 10, "every-day": 40}},
               "nights": {"points": {"yes": 50, "no": 0}},
               "communication": {"points": {"sign-language": 5, "interpreter": 7}},
               "carer-hours": {"bands": [{"upTo": 0, "points": 0}, {"upTo": 20, "points": 15},
                 {"upTo": 168, "points": 30}]}}}
            """;

    private final ResourceAllocation allocation = new ResourceAllocation(AllocationRulesReader.read(RULES));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # answers                                      | points | option 3 low | option 3 high | option 1 low | option 1 high | capped
            nothing that costs                             |  0     |     0        |     0         |     0        |     0         | false
            personal-care=some-days                        | 10     |   900        |  1200         |   990        |  1320         | false
            personal-care=every-day                        | 40     |  3600        |  4800         |  3960        |  5280         | false
            personal-care=every-day;nights=yes             | 90     |  8100        | 10800         |  8910        | 11880         | false
            communication=sign-language+interpreter        | 12     |  1080        |  1440         |  1190        |  1580         | false
            carer-hours=0                                  |  0     |     0        |     0         |     0        |     0         | false
            carer-hours=20                                 | 15     |  1350        |  1800         |  1490        |  1980         | false
            carer-hours=21                                 | 30     |  2700        |  3600         |  2970        |  3960         | false
            carer-hours=500                                | 30     |  2700        |  3600         |  2970        |  3960         | false
            personal-care=every-day;nights=yes;carer-hours=40 | 120 | 10800        | 14400         | 11880        | 15840         | false
            personal-care=every-day;nights=yes;carer-hours=40;communication=interpreter+sign-language | 132 | 11880 | 15840 | 13070 | 17420 | false
            nights=yes;personal-care=every-day;carer-hours=100;communication=interpreter;extra=nights-again | 127 | 11430 | 15240 | 12570 | 16760 | false
            """)
    void answer_sets_give_the_ranges_worked_out_by_hand(String answers, int points, int lowOption3,
            int highOption3, int lowOption1, int highOption1, boolean capped) {
        IndicativeBudget budget = allocation.indicate(answers(answers));

        assertThat(budget.points()).isEqualTo(points);
        assertThat(budget.byOption().get(SupportOption.COUNCIL_ARRANGED))
                .isEqualTo(new BudgetRange(pounds(lowOption3), pounds(highOption3)));
        assertThat(budget.byOption().get(SupportOption.INDIVIDUAL_SERVICE_FUND))
                .isEqualTo(budget.byOption().get(SupportOption.COUNCIL_ARRANGED));
        assertThat(budget.byOption().get(SupportOption.DIRECT_PAYMENT))
                .isEqualTo(new BudgetRange(pounds(lowOption1), pounds(highOption1)));
        assertThat(budget.capped()).isEqualTo(capped);
        assertThat(budget.rulesVersion()).isEqualTo(7);
    }

    @Test
    void a_mix_has_the_share_the_council_gives_it() {
        // 40 points make £4,000; a mix at 95% is £3,800, so -10% to +20% gives £3,420 to £4,560.
        IndicativeBudget budget = allocation.indicate(answers("personal-care=every-day"));

        assertThat(budget.byOption().get(SupportOption.MIX)).isEqualTo(new BudgetRange(pounds(3420), pounds(4560)));
    }

    @Test
    void the_cap_limits_the_range_and_says_so() {
        // 189 points make £18,900: option 3 would show £17,010 to £22,680, and option 1 (110%) £18,710 to £24,950.
        IndicativeBudget budget = allocation.indicate(answers("personal-care=every-day;nights=yes;nights=yes;"
                + "carer-hours=168;communication=interpreter+sign-language+interpreter"));

        assertThat(budget.points()).isEqualTo(189);
        assertThat(budget.byOption().get(SupportOption.COUNCIL_ARRANGED))
                .isEqualTo(new BudgetRange(pounds(17010), pounds(20000)));
        assertThat(budget.byOption().get(SupportOption.DIRECT_PAYMENT))
                .isEqualTo(new BudgetRange(pounds(18710), pounds(20000)));
        assertThat(budget.capped()).isTrue();
    }

    @Test
    void answers_not_given_earn_nothing_and_say_why_this_amount() {
        List<FactorAnswer> answers = new ArrayList<>(answers("personal-care=every-day"));
        answers.add(new FactorAnswer("nights", "nights", List.of(), false));
        answers.add(new FactorAnswer("no-such-factor", "hobbies", List.of("yes"), true));

        IndicativeBudget budget = allocation.indicate(answers);

        assertThat(budget.points()).isEqualTo(40);
        assertThat(budget.reasons()).containsExactly(
                new Reason("personal-care", "personal-care", "every-day", 40, true),
                new Reason("nights", "nights", "", 0, false),
                new Reason("no-such-factor", "hobbies", "yes", 0, false));
    }

    @Test
    void a_rules_file_that_could_not_be_used_is_refused_with_every_reason() {
        String broken = """
                {"version": 0, "pricePerPoint": 0, "rangeBelowPercent": 100, "rangeAbovePercent": -1, "cap": -5,
                 "roundTo": 10, "optionPercent": {"DIRECT_PAYMENT": 0, "COUNCIL_ARRANGED": 100},
                 "factors": {
                   "meals": {"points": {"yes": 1}, "bands": [{"upTo": 1, "points": 1}]},
                   "hours": {"bands": [{"upTo": 10, "points": 1}, {"upTo": 5, "points": 2}]},
                   "home": {"points": {"yes": -3}}}}
                """;
        assertThatThrownBy(() -> AllocationRulesReader.read(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The resource allocation file cannot be used: ")
                .hasMessageContaining("its version must be 1 or more")
                .hasMessageContaining("pricePerPoint must be more than 0")
                .hasMessageContaining("cap must be more than 0")
                .hasMessageContaining("rangeBelowPercent must be from 0 to 99 and rangeAbovePercent 0 or more")
                .hasMessageContaining("factor meals needs either points for answers or bands, not both or neither")
                .hasMessageContaining("factor hours needs bands in rising order with points of 0 or more")
                .hasMessageContaining("factor home gives yes points below 0")
                .hasMessageContaining("optionPercent has no share for [INDIVIDUAL_SERVICE_FUND, MIX]")
                .hasMessageContaining("optionPercent for DIRECT_PAYMENT must be more than 0");
        assertThatThrownBy(() -> AllocationRulesReader.read("{\"version\": 1, \"colour\": \"blue\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The resource allocation file cannot be read: ")
                .hasMessageContaining("colour");
    }

    @Test
    void the_councils_file_is_usable_and_prices_every_factor_the_questionnaire_names() throws IOException {
        AllocationRules rules = AllocationRulesReader.read(Files.readString(
                Path.of("src/main/resources/budget/allocation.json")));
        Matcher factors = Pattern.compile("\"budgetFactor\": \"([a-z-]+)\"").matcher(Files.readString(
                Path.of("src/main/resources/questionnaires/pre-assessment.json")));
        List<String> named = new ArrayList<>();
        while (factors.find()) {
            named.add(factors.group(1));
        }

        assertThat(named).isNotEmpty();
        assertThat(rules.factors().keySet()).containsExactlyInAnyOrderElementsOf(named);
    }

    /** "a=x;b=y+z": factor a answered x; factor b answered y and z. */
    private static List<FactorAnswer> answers(String described) {
        List<FactorAnswer> answers = new ArrayList<>();
        for (String part : described.split(";")) {
            String[] factorAndValues = part.strip().split("=");
            if (factorAndValues.length == 2) {
                String factor = factorAndValues[0].strip();
                answers.add(new FactorAnswer(factor, factor, List.of(factorAndValues[1].strip().split("\\+")),
                        true));
            }
        }
        return answers;
    }

    private static BigDecimal pounds(int amount) {
        return BigDecimal.valueOf(amount);
    }
}
