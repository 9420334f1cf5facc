package scot.sds.portal.learn;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Vaadin;

/**
 * Every public page in every language, in standard and easy read: the right {@code lang} and {@code dir}, a
 * translated heading, pictures beside easy-read points, and no accessibility violation.
 */
class PublicPagesJourneyTest extends BrowserTest {

    static final List<String> PUBLIC_PAGES = List.of(Paths.START, Paths.WHAT_IS_SDS, Paths.WHAT_HAPPENS_NEXT,
            Paths.GLOSSARY, Paths.ACCESSIBILITY, Paths.PRIVACY, Paths.HELP, Paths.SIGN_IN, Paths.CREATE_ACCOUNT);
    private static final Pattern A_MESSAGE_KEY = Pattern.compile("^[a-z-]+(\\.[a-z0-9-]+)+$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "gd", "pl", "ur", "ar", "zh-Hans"})
    void every_public_page_reads_well_in_standard_and_easy_read(String language) {
        String direction = language.equals("ur") || language.equals("ar") ? "rtl" : "ltr";
        for (String path : PUBLIC_PAGES) {
            open(path + "?lang=" + language);
            checkPage(language, direction);
        }
        page.locator(".easy-read-switch").click();
        assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        for (String path : PUBLIC_PAGES) {
            open(path);
            checkPage(language, direction);
            assertThat(page.locator("html")).hasClass(Pattern.compile("\\beasy-read\\b"));
        }
        open(Paths.WHAT_IS_SDS);
        assertThat(page.locator("main .easy-read-point img.easy-read-picture").first()).isVisible();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void high_contrast_and_larger_text_keep_every_public_page_accessible(String language) {
        open(Paths.START + "?lang=" + language);
        page.locator(".display-settings vaadin-button.text-size-larger-sample").click();
        page.locator(".display-settings vaadin-button").last().click();
        assertThat(page.locator("html")).hasClass(Pattern.compile("high-contrast"));
        assertThat(page.locator("html")).hasClass(Pattern.compile("text-size-larger"));
        for (String path : PUBLIC_PAGES) {
            open(path);
            Accessibility.assertNoViolations(page);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ur"})
    void every_public_page_reflows_at_320_css_pixels_as_at_400_percent_zoom(String language) {
        page.setViewportSize(320, 640);
        open(Paths.START + "?lang=" + language);
        for (boolean easyRead : new boolean[] {false, true}) {
            if (easyRead) {
                page.locator(".easy-read-switch").click();
                assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
            }
            for (String path : PUBLIC_PAGES) {
                open(path);
                int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                org.assertj.core.api.Assertions.assertThat(width)
                        .as("page width of %s (easy read: %s)", path, easyRead).isLessThanOrEqualTo(320);
            }
        }
    }

    private void checkPage(String language, String direction) {
        Locator html = page.locator("html");
        assertThat(html).hasAttribute("lang", language);
        assertThat(html).hasAttribute("dir", direction);
        Locator heading = page.locator("main h1");
        assertThat(heading).hasCount(1);
        assertThat(heading).not().hasText(A_MESSAGE_KEY);
        assertThat(page.locator("main")).hasCount(1);
        Vaadin.waitUntilIdle(page);
        Accessibility.assertNoViolations(page);
    }

}
