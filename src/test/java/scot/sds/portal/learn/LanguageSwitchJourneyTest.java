package scot.sds.portal.learn;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.BrowserTest;

/** Choosing a language keeps the person on the same page, and the choice is remembered. */
class LanguageSwitchJourneyTest extends BrowserTest {

    @Override
    protected String browserLocale() {
        return "pl-PL";
    }

    @Test
    void the_browsers_language_is_the_first_choice() {
        open(Paths.WHAT_IS_SDS);
        assertThat(page.locator("html")).hasAttribute("lang", "pl");
    }

    @Test
    void switching_language_keeps_the_page_and_sets_lang_and_direction() {
        open(Paths.WHAT_HAPPENS_NEXT);
        String polishHeading = page.locator("main h1").textContent();

        page.locator(".language-nav a[hreflang='ar']").click();
        assertThat(page).hasURL(Pattern.compile("/" + Paths.WHAT_HAPPENS_NEXT + "\\?lang=ar$"));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("main h1")).not().hasText(polishHeading);
        assertThat(page.locator(".language-nav a[hreflang='ar']")).hasAttribute("aria-current", "true");

        page.locator(".language-nav a[hreflang='en']").click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("main h1")).hasText("What happens next");

        // Remembered: another page, reached without the language in its address, stays in English.
        open(Paths.GLOSSARY);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void every_language_link_names_its_language_in_itself() {
        open(Paths.START);
        assertThat(page.locator(".language-nav a[hreflang='ur']")).hasAttribute("lang", "ur");
        assertThat(page.locator(".language-nav a[hreflang='ur']")).hasText("اردو");
        assertThat(page.locator(".language-nav a[hreflang='zh-Hans']")).hasText("简体中文");
        assertThat(page.locator("nav.language-nav")).hasAttribute("aria-label", Pattern.compile(".+"));
    }
}
