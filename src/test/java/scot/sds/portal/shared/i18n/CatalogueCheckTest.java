package scot.sds.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The completeness check catches each kind of planted mistake, so a real one cannot slip through. */
class CatalogueCheckTest {

    private static final Map<String, String> SOURCE = Map.of(
            "greeting", "Hello {name}",
            "hint", "Use at least {minimum, plural, one {# character} other {# characters}}");

    @Test
    void a_complete_translation_passes() {
        var polish = Map.of("greeting", "Witaj {name}",
                "hint", "Co najmniej {minimum, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}");
        assertThat(CatalogueCheck.problems(SOURCE, Map.of("pl", polish), Map.of("pl", "pl"))).isEmpty();
    }

    @Test
    void a_missing_key_is_reported() {
        var polish = Map.of("greeting", "Witaj {name}");
        assertThat(CatalogueCheck.problems(SOURCE, Map.of("pl", polish), Map.of("pl", "pl")))
                .containsExactly("pl: missing hint");
    }

    @Test
    void a_key_unknown_to_the_source_is_reported() {
        var gaelic = Map.of("greeting", "Halò {name}", "hint", "{minimum, plural, one {#} two {#} few {#} other {#}}",
                "farewell", "Mar sin leat");
        assertThat(CatalogueCheck.problems(SOURCE, Map.of("gd", gaelic), Map.of("gd", "gd")))
                .containsExactly("gd: farewell is not in the source texts");
    }

    @Test
    void a_renamed_argument_is_reported() {
        var urdu = Map.of("greeting", "سلام {nom}", "hint", "{minimum, plural, one {#} other {#}}");
        assertThat(CatalogueCheck.problems(SOURCE, Map.of("ur", urdu), Map.of("ur", "ur")))
                .singleElement().asString().contains("greeting has arguments [nom]");
    }

    @Test
    void a_plural_without_the_languages_forms_is_reported() {
        var polish = Map.of("greeting", "Witaj {name}", "hint", "Co najmniej {minimum, plural, one {# znak} other {# znaków}}");
        assertThat(CatalogueCheck.problems(SOURCE, Map.of("pl", polish), Map.of("pl", "pl")))
                .containsExactly("pl: hint plural {minimum} lacks the forms [few, many]");
    }

    @Test
    void a_broken_pattern_and_an_empty_text_are_reported() {
        var chinese = Map.of("greeting", "你好 {name", "hint", " ");
        assertThat(CatalogueCheck.problems(SOURCE, Map.of("zh-Hans", chinese), Map.of("zh-Hans", "zh-Hans")))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("greeting is not a valid message"))
                .anySatisfy(problem -> assertThat(problem).isEqualTo("zh-Hans: hint is empty"));
    }
}
