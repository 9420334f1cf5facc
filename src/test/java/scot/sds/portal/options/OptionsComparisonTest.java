package scot.sds.portal.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * The council's comparison file lists the four options, each with a text for every aspect compared, in standard
 * and easy read, and a picture; options 1 to 3 each show their own budget and option 4, a mix, none.
 */
class OptionsComparisonTest {

    @Test
    void every_option_has_a_text_for_every_aspect_and_a_picture() {
        OptionsComparison comparison = new OptionsComparison(new ClassPathResource("options/comparison.json"));
        Languages languages = new Languages();
        MessageCatalogue catalogue = new MessageCatalogue(languages);
        Pictures pictures = new Pictures();

        assertThat(comparison.options()).extracting(SupportOptionCard::id)
                .containsExactly("option-1", "option-2", "option-3", "option-4");
        assertThat(comparison.options()).extracting(SupportOptionCard::budgetFrom).containsExactly(
                SupportOption.DIRECT_PAYMENT, SupportOption.INDIVIDUAL_SERVICE_FUND, SupportOption.COUNCIL_ARRANGED,
                SupportOption.MIX);
        for (ReadingMode mode : ReadingMode.values()) {
            Map<String, String> texts = catalogue.messages(languages.fallback(), mode);
            for (SupportOptionCard option : comparison.options()) {
                assertThat(texts).containsKey(option.nameKey());
                comparison.aspects().forEach(aspect -> assertThat(texts)
                        .containsKeys(option.aspectKey(aspect), "options.aspect." + aspect));
                assertThat(pictures.svg(option.picture())).as(option.picture()).isPresent();
            }
        }
    }
}
