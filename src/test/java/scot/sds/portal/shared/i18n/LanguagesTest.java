package scot.sds.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The browser's languages choose the portal's language when the person has not chosen one. */
class LanguagesTest {

    private final Languages languages = new Languages();

    @Test
    void the_first_offered_language_in_the_browsers_order_wins() {
        assertThat(languages.bestFor("fr-FR,fr;q=0.9,pl;q=0.8,en;q=0.5")).map(Language::tag).hasValue("pl");
        assertThat(languages.bestFor("ur-PK")).map(Language::tag).hasValue("ur");
    }

    @Test
    void simplified_chinese_serves_mainland_browsers_but_not_traditional_script_ones() {
        assertThat(languages.bestFor("zh-CN")).map(Language::tag).hasValue("zh-Hans");
        assertThat(languages.bestFor("zh")).map(Language::tag).hasValue("zh-Hans");
        assertThat(languages.bestFor("zh-TW")).isEmpty();
        assertThat(languages.bestFor("zh-Hant")).isEmpty();
    }

    @Test
    void nothing_offered_or_a_malformed_header_gives_no_match() {
        assertThat(languages.bestFor("fr, de")).isEmpty();
        assertThat(languages.bestFor(";;;q=")).isEmpty();
        assertThat(languages.bestFor(null)).isEmpty();
    }

    @Test
    void right_to_left_languages_are_known() {
        assertThat(languages.all()).filteredOn(Language::rightToLeft).extracting(Language::tag)
                .containsExactlyInAnyOrder("ur", "ar");
        assertThat(languages.of(Locale.forLanguageTag("ar-EG")).rightToLeft()).isTrue();
    }

    @Test
    void english_dates_are_written_the_british_way() {
        Locale english = languages.fallback().locale();
        assertThat(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(english).format(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
        assertThat(languages.fallback().tag()).isEqualTo("en");
    }
}
