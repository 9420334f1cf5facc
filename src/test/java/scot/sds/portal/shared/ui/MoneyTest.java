package scot.sds.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts are written as each language writes money, and read back however a person types them. */
class MoneyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en-GB   | 2500       | 2500
            en-GB   | 2,500      | 2500
            en-GB   | £2,500     | 2500
            en-GB   | ' £ 2 500 '| 2500
            en-GB   | 2500.00    | 2500
            en-GB   | 0          | 0
            en-GB   | GBP 12000  | 12000
            pl      | 2 500      | 2500
            pl      | 2 500 GBP  | 2500
            ar      | ٢٥٠٠       | 2500
            ar      | 2500       | 2500
            zh-Hans | 2,500      | 2500
            """)
    void an_amount_typed_in_whole_pounds_is_read(String language, String typed, int pounds) {
        assertThat(Money.parseWholePounds(typed, Locale.forLanguageTag(language)))
                .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo(BigDecimal.valueOf(pounds)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en-GB | abc
            en-GB | 12.50
            en-GB | -5
            en-GB | 2,500 pounds
            en-GB | £
            en-GB | 1e999
            pl    | 2,5
            """)
    void anything_else_is_not_an_amount(String language, String typed) {
        assertThat(Money.parseWholePounds(typed, Locale.forLanguageTag(language))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-GB | £12,500
            pl    | 12 500 GBP
            """)
    void amounts_are_written_in_pounds_as_the_language_writes_money(String language, String written) {
        assertThat(Money.pounds(BigDecimal.valueOf(12500), Locale.forLanguageTag(language)).replace('\u00a0', ' '))
                .isEqualTo(written);
    }
}
