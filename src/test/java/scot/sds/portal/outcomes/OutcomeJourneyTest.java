package scot.sds.portal.outcomes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.ReadingMode;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;

/**
 * A person says what matters to them, by keyboard alone: a Talking Points outcome with what it means to them, and
 * one wholly in their own words, tagged to a national outcome. The summary shows both and its PDF, read back,
 * has them in the person's language. In Polish, and in Arabic easy read, with axe on every page.
 */
class OutcomeJourneyTest extends BrowserTest {

    private final Languages languages = new Languages();
    private final MessageCatalogue catalogue = new MessageCatalogue(languages);

    @ParameterizedTest(name = "{0}, easy read {1}")
    @CsvSource({"pl, false", "ar, true"})
    void outcomes_by_keyboard_then_the_summary_and_its_pdf_in_the_persons_language(String tag, boolean easyRead)
            throws IOException {
        Language language = languages.byTag(tag).orElseThrow();
        ReadingMode mode = easyRead ? ReadingMode.EASY_READ : ReadingMode.STANDARD;
        open(Paths.START + "?lang=" + tag);
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            // The choice is a round trip to the server: wait for it before moving on.
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        createAccount(page, "Morag Ross", "morag-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "river lamp cup tea", 0);
        open(Paths.ASSESSMENT);
        follow(page.locator("main a[href$='/" + Paths.OUTCOMES + "']"));
        Accessibility.assertNoViolations(page);
        follow(page.locator("main a.start-link"));
        Accessibility.assertNoViolations(page);

        follow(page.locator("main a[href$='talking-point=seeing-people']"));
        assertThat(page.locator("main h1")).hasText(text("outcome.seeing-people", language, mode));
        press("#save-outcome", "Enter");
        assertThat(page.locator(".error-summary")).containsText(text("outcomes.error.priority", language, mode));
        Accessibility.assertNoViolations(page);
        type("#outcome-own-words textarea", "Tea with Isla on Fridays");
        press("#outcome-priority", "Space");
        type("#outcome-how-will-i-know textarea", "Every week");
        press("#save-outcome", "Enter");
        page.waitForURL("**/" + Paths.OUTCOMES);
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("main .outcome")).containsText("Tea with Isla on Fridays");
        Accessibility.assertNoViolations(page);

        follow(page.locator("main a.start-link"));
        follow(page.locator("main a[href$='/" + Paths.OUTCOME + "']"));
        type("#outcome-own-words textarea", "Back to the allotment");
        press("#outcome-priority", "Space");
        press("#save-outcome", "Enter");
        assertThat(page.locator(".error-summary")).containsText(text("outcomes.error.national", language, mode));
        assertThat(page.locator("#outcome-own-words textarea")).hasValue("Back to the allotment");
        press("#outcome-national", "Space");
        press("#save-outcome", "Enter");
        page.waitForURL("**/" + Paths.OUTCOMES);
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("main .outcome")).hasCount(2);

        follow(page.locator("main a[href$='/" + Paths.SUMMARY + "']"));
        assertThat(page.locator("main")).containsText(text("outcome.seeing-people", language, mode));
        assertThat(page.locator("main")).containsText("Back to the allotment");
        if (easyRead) {
            assertThat(page.locator("main .easy-read-point img")).hasCount(2);
        }
        Accessibility.assertNoViolations(page);

        Keyboard.tabTo(page, page.locator("#summary-pdf"));
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(download.suggestedFilename()).isEqualTo("what-matters-to-me.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(tag);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(text("summary.title", language, mode));
            String content = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
            assertThat(content).contains("Tea with Isla on Fridays", "Back to the allotment");
            if (!language.rightToLeft()) {
                assertThat(content).contains(text("outcome.seeing-people", language, mode),
                        text("outcomes.priority.very-important", language, mode));
            }
        }
    }

    private void follow(Locator link) {
        String from = page.url();
        Keyboard.tabTo(page, link);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.equals(from));
        Vaadin.waitUntilIdle(page);
    }

    /** Tabs to a field and types into it, as a keyboard user does. */
    private void type(String selector, String text) {
        Keyboard.tabTo(page, page.locator(selector));
        page.keyboard().type(text);
    }

    /** Tabs to a control and presses a key on it: Space to choose, Enter to press a button. */
    private void press(String selector, String key) {
        Keyboard.tabTo(page, page.locator(selector));
        page.keyboard().press(key);
    }

    private String text(String key, Language language, ReadingMode mode) {
        return catalogue.pattern(key, language, mode);
    }
}
