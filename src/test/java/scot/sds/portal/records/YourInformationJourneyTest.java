package scot.sds.portal.records;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person takes a copy of everything held about them, to read and for a computer, from their account page; council
 * staff make the same copy for them from the case; the person then sees both copies in who has seen their
 * information. In English with the mouse, and in Arabic easy read, right to left, by keyboard alone; axe on each page.
 */
class YourInformationJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private boolean byKeyboard;

    @ParameterizedTest(name = "{0}, easy read and keyboard {1}")
    @CsvSource({"en, false", "ar, true"})
    void a_person_and_staff_take_a_copy_of_everything(String language, boolean easyReadByKeyboard)
            throws IOException {
        byKeyboard = easyReadByKeyboard;
        open(Paths.START + "?lang=" + language);
        if (easyReadByKeyboard) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        String email = "morven-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        createAccount(page, "Morven Reid", email, "river lamp cup tea", 0);
        open(Paths.ASSESSMENT_QUESTION + "/meals");
        Keyboard.choose(page, page.locator("#answer"), 2, byKeyboard);
        follow(page, page.locator("#continue"));

        open(Paths.YOUR_ACCOUNT);
        follow(page, page.locator("main a[href='/" + Paths.YOUR_INFORMATION + "']"));
        assertThat(page.locator("main .document-rows").first()).containsText(email);
        assertThat(page.locator("main")).containsText("meals");
        Accessibility.assertNoViolations(page);
        JsonNode copy = json(page);
        org.assertj.core.api.Assertions.assertThat(copy.get("parts").get("account").get(0).get("email").asString())
                .isEqualTo(email);
        org.assertj.core.api.Assertions.assertThat(copy.get("parts").get("answers").get(0).get("question")
                .asString()).isEqualTo("meals");
        Download pdf = page.waitForDownload(() -> Keyboard.activate(page, page.locator("#records-pdf"), byKeyboard));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document)).contains(email);
        }

        long personId = jdbc.sql("SELECT id FROM account WHERE email = ?").param(email).query(Long.class).single();
        Page staff = browserWithoutCookies().newPage();
        open(staff, Paths.START + "?lang=" + language);
        signIn(staff, "sam.reid@example.org", "portal-sample-2026");
        open(staff, Paths.STAFF_PERSON_INFORMATION + "/" + personId);
        assertThat(staff.locator("main .document-rows").first()).containsText(email);
        Accessibility.assertNoViolations(staff);
        org.assertj.core.api.Assertions.assertThat(json(staff).get("personId").asLong()).isEqualTo(personId);

        // Someone who is not staff gets no other person's copy from the staff address.
        open(Paths.STAFF_PERSON_INFORMATION + "/" + jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param("sam.reid@example.org").query(Long.class).single());
        assertThat(page.locator("main .document-rows")).hasCount(0);

        open(Paths.WHO_HAS_SEEN);
        assertThat(page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText("Sam Reid")))
                .hasCount(1);
        Accessibility.assertNoViolations(page);
    }

    private JsonNode json(Page on) throws IOException {
        Download file = on.waitForDownload(() -> Keyboard.activate(on, on.locator("#records-json"), byKeyboard));
        org.assertj.core.api.Assertions.assertThat(file.suggestedFilename()).endsWith(".json");
        return JsonMapper.shared().readTree(Files.readAllBytes(file.path()));
    }

    private void follow(Page on, Locator link) {
        String from = on.url();
        Keyboard.activate(on, link, byKeyboard);
        on.waitForURL(url -> !url.equals(from));
        Vaadin.waitUntilIdle(on);
    }
}
