package scot.sds.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every key in every language and in every easy-read variant, each a valid ICU message with the source's
 * arguments and its language's plural forms. The build fails otherwise.
 */
class TranslationsTest {

    private final Languages languages = new Languages();
    private final MessageCatalogue catalogue = new MessageCatalogue(languages);

    @Test
    void every_language_and_easy_read_variant_has_every_text() {
        Map<String, String> source = catalogue.messages(languages.fallback(), ReadingMode.STANDARD);
        Map<String, Map<String, String>> texts = new HashMap<>();
        Map<String, String> languageOf = new HashMap<>();
        for (Language language : languages.all()) {
            for (ReadingMode mode : ReadingMode.values()) {
                String name = language.tag() + " " + mode.name().toLowerCase(java.util.Locale.ROOT);
                texts.put(name, catalogue.messages(language, mode));
                languageOf.put(name, language.tag());
            }
        }
        assertThat(source).as("the source texts").isNotEmpty();
        assertThat(CatalogueCheck.problems(source, texts, languageOf)).isEmpty();
    }

    @Test
    void translations_not_reviewed_by_a_professional_are_marked_as_drafts() {
        assertThat(languages.all()).filteredOn(Language::draft).extracting(Language::tag)
                .contains("gd", "pl", "ur", "ar", "zh-Hans");
        assertThat(languages.fallback().draft()).isFalse();
    }
}
