package scot.sds.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts come out in each language's own grammar and in the chosen reading mode. */
class PortalI18NProviderTest {

    private final Languages languages = new Languages();
    private final PortalI18NProvider provider = new PortalI18NProvider(languages, new MessageCatalogue(languages));

    @Test
    void polish_plurals_use_the_few_and_many_forms() {
        Locale polish = Locale.forLanguageTag("pl");
        String two = provider.getTranslation("create.password.hint", polish, Map.of("minimum", 2));
        String twelve = provider.getTranslation("create.password.hint", polish, Map.of("minimum", 12));
        String twentyTwo = provider.getTranslation("create.password.hint", polish, Map.of("minimum", 22));
        assertThat(two).contains("2 ");
        assertThat(twelve).contains("12 ");
        // In Polish 2 and 22 take the "few" form and 12 the "many" form: the words after the numbers differ.
        assertThat(wordAfter(two, "2")).isEqualTo(wordAfter(twentyTwo, "22")).isNotEqualTo(wordAfter(twelve, "12"));
    }

    @Test
    void english_plurals_use_one_and_other() {
        assertThat(provider.getTranslation("create.password.hint", Locale.ENGLISH, Map.of("minimum", 1)))
                .startsWith("Use at least 1 character.");
        assertThat(provider.getTranslation("create.password.hint", Locale.ENGLISH, Map.of("minimum", 12)))
                .startsWith("Use at least 12 characters.");
    }

    @Test
    void easy_read_is_chosen_by_the_locale_variant() {
        Language english = languages.fallback();
        String standard = provider.getTranslation("shell.skip", ReadingMode.STANDARD.locale(english));
        String easy = provider.getTranslation("shell.skip", ReadingMode.EASY_READ.locale(english));
        assertThat(standard).isEqualTo("Skip to main content");
        assertThat(easy).isNotEqualTo(standard);
        assertThat(ReadingMode.of(ReadingMode.EASY_READ.locale(english))).isEqualTo(ReadingMode.EASY_READ);
    }

    @Test
    void positional_arguments_are_filled_in() {
        assertThat(provider.getTranslation("account.signed-in-as", Locale.ENGLISH, "Ann Smith"))
                .isEqualTo("Signed in as Ann Smith");
    }

    @Test
    void a_language_that_is_not_offered_falls_back_to_the_first_language() {
        assertThat(provider.getTranslation("shell.skip", Locale.forLanguageTag("fr")))
                .isEqualTo("Skip to main content");
    }

    private static String wordAfter(String text, String number) {
        String rest = text.substring(text.indexOf(number + " ") + number.length() + 1);
        return rest.split("[\\s.,)]")[0];
    }
}
