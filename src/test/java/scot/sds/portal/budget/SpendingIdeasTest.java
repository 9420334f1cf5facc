package scot.sds.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.i18n.ReadingMode;
import scot.sds.portal.shared.ui.MessageKeys;

/**
 * The council's spending file: the groups people use their budgets for, each idea with a rule, the examples of
 * exceptional circumstances and the start-up costs, all with their texts; a file that could not be used is refused
 * with every reason.
 */
class SpendingIdeasTest {

    @Test
    void the_councils_file_has_every_group_rule_example_and_cost_with_texts_and_pictures() {
        SpendingIdeas spending = new SpendingIdeas(new ClassPathResource("budget/spending.json"));
        assertThat(spending.groups()).extracting(SpendingIdeas.Group::id).containsExactly("people", "cleaning",
                "holidays", "equipment", "transport", "education", "leisure", "health", "social-life", "not-for");
        assertThat(spending.groups()).flatExtracting(SpendingIdeas.Group::ideas).extracting(SpendingIdeas.Idea::rule)
                .contains(SpendingRule.values());
        assertThat(spending.closeFamilyExamples()).containsExactly("end-of-life", "rural-remote", "cultural-needs",
                "strangers");
        assertThat(spending.startUpCosts()).extracting(SpendingIdeas.StartUpCost::id)
                .containsExactly("payroll", "insurance", "disclosure", "training");

        Languages languages = new Languages();
        MessageCatalogue catalogue = new MessageCatalogue(languages);
        Pictures pictures = new Pictures();
        for (ReadingMode mode : ReadingMode.values()) {
            Map<String, String> texts = catalogue.messages(languages.fallback(), mode);
            for (SpendingIdeas.Group group : spending.groups()) {
                assertThat(texts).containsKey("spending.group." + group.id());
                assertThat(pictures.svg(group.picture())).as(group.picture()).isPresent();
                group.ideas().forEach(idea -> assertThat(texts).containsKeys("spending.idea." + idea.id(),
                        "spending.rule." + MessageKeys.part(idea.rule())));
            }
            spending.closeFamilyExamples().forEach(example -> assertThat(texts)
                    .containsKey("spending.family.example." + example));
            spending.startUpCosts().forEach(cost -> assertThat(texts).containsKeys(
                    "budget.start-up.item." + cost.id(), "budget.start-up.per." + MessageKeys.part(cost.per())));
        }
    }

    @Test
    void a_file_that_could_not_be_used_is_refused_with_every_reason() {
        ByteArrayResource broken = new ByteArrayResource("""
                {"startUpCosts": [{"id": "payroll", "low": 300, "high": 100, "per": "YEAR"},
                                  {"id": "insurance", "low": 10, "high": 20}],
                 "groups": [{"id": "people", "ideas": [{"id": "support-worker", "rule": "USUALLY_FINE"}]},
                            {"id": "holidays", "picture": "beach-with-umbrella", "ideas": [{"id": "short-break"}]}],
                 "closeFamilyExamples": []}
                """.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new SpendingIdeas(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The spending ideas file cannot be used: ")
                .hasMessageContaining("start-up cost payroll needs per, and low from 0 up to high")
                .hasMessageContaining("start-up cost insurance needs per")
                .hasMessageContaining("group people needs a picture and at least one idea")
                .hasMessageContaining("idea short-break has no rule");
    }
}
