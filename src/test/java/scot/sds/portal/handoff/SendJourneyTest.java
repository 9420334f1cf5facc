package scot.sds.portal.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;

/**
 * A person answers, checks their answers, reads the declaration and sends everything to the council: the tracker
 * opens with the reference and shows what happened and what comes next; the answers can then be read but not
 * changed, and the send page is not offered again. Council staff find it in their queue, open it and take it on,
 * and the person's tracker shows that. In English with the mouse, and in Arabic easy read, right to left, by
 * keyboard alone; axe on every page.
 */
class SendJourneyTest extends BrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("^SDS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$");

    private boolean byKeyboard;

    @ParameterizedTest(name = "{0}, easy read and keyboard {1}")
    @CsvSource({"en, false", "ar, true"})
    void a_person_sends_everything_and_follows_what_happens(String language, boolean easyReadByKeyboard) {
        byKeyboard = easyReadByKeyboard;
        boolean english = language.equals("en");
        open(Paths.START + "?lang=" + language);
        if (easyReadByKeyboard) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        createAccount(page, "Catriona Bell", "catriona-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", "river lamp cup tea", 0);
        answer("personal-care", 3);
        answer("meals", 2);

        open(Paths.CHECK_ANSWERS);
        Accessibility.assertNoViolations(page);
        follow(page.locator("main a.start-link[href='/" + Paths.SEND + "']"));
        assertThat(page).hasURL(Pattern.compile("/" + Paths.SEND + "$"));
        if (english) {
            assertThat(page.locator("main")).containsText("The information I have given is true");
        }
        Accessibility.assertNoViolations(page);
        String before = page.url();
        Keyboard.activate(page, page.locator("#send-button"), byKeyboard);
        page.waitForURL(url -> !url.equals(before));
        Vaadin.waitUntilIdle(page);

        // The tracker opens with the reference, the step done and the one that comes next.
        assertThat(page).hasURL(Pattern.compile("/" + Paths.TRACKER + "\\?sent=yes$"));
        Locator reference = page.locator("main .confirmation-panel .reference");
        assertThat(reference).hasText(REFERENCE);
        String sent = reference.textContent();
        assertThat(page.locator("main .case-summary")).containsText(sent);
        assertThat(page.locator("main .case-steps li.case-step-done")).hasCount(1);
        assertThat(page.locator("main .case-steps li.case-step-next")).hasCount(1);
        if (english) {
            assertThat(page.locator("main .case-step-next")).containsText("within 5 working days");
            assertThat(page.locator("main")).containsText("usually within 4 weeks");
        }
        Accessibility.assertNoViolations(page);

        // What was sent can be read, not changed; the send page is not offered again.
        open(Paths.CHECK_ANSWERS);
        assertThat(page.locator("main .given-answer")).not().hasCount(0);
        assertThat(page.locator("main a[href*='/" + Paths.ASSESSMENT_QUESTION + "/']")).hasCount(0);
        assertThat(page.locator("main")).containsText(sent);
        assertThat(page.locator("main a.start-link[href='/" + Paths.SEND + "']")).hasCount(0);
        Accessibility.assertNoViolations(page);
        open(Paths.ASSESSMENT_QUESTION + "/personal-care");
        assertThat(page).hasURL(Pattern.compile("/" + Paths.CHECK_ANSWERS + "$"));
        open(Paths.ASSESSMENT);
        assertThat(page.locator("main .inset")).isVisible();
        assertThat(page.locator("main a.start-link")).hasCount(0);
        Accessibility.assertNoViolations(page);
        open(Paths.SEND);
        assertThat(page).hasURL(Pattern.compile("/" + Paths.TRACKER + "$"));
        assertThat(page.locator("main .confirmation-panel")).hasCount(0);
        assertThat(page.locator("main .case-summary")).containsText(sent);
        Accessibility.assertNoViolations(page);

        // Council staff find it in their queue, open it, and take it on; the person's tracker says so.
        BrowserContext staffDevice = browserWithoutCookies();
        Page staff = staffDevice.newPage();
        open(staff, Paths.START + "?lang=" + language);
        if (easyReadByKeyboard) {
            staff.locator(".easy-read-switch").click();
            assertThat(staff.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        signIn(staff, "sam.reid@example.org", "portal-sample-2026");
        follow(staff, staff.locator("main a[href='/" + Paths.STAFF_CASES + "']"));
        if (!byKeyboard) {
            staff.locator("#cases-status").click();
            staff.locator("vaadin-select-item").nth(1).click();
            staff.locator("#cases-show").click();
            Vaadin.waitUntilIdle(staff);
        }
        Locator row = staff.locator("main table.case-queue tbody tr")
                .filter(new Locator.FilterOptions().setHasText(sent));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Catriona Bell");
        Accessibility.assertNoViolations(staff);
        follow(staff, row.locator("a"));
        assertThat(staff.locator("main .case-facts")).containsText(sent);
        assertThat(staff.locator("main .case-answers .summary-list-row, main .case-answers dt")).not().hasCount(0);
        Accessibility.assertNoViolations(staff);
        Keyboard.activate(staff, staff.locator("#assign-to-me"), byKeyboard);
        assertThat(staff.locator("#assign-to-me")).hasCount(0);
        assertThat(staff.locator("main .case-facts")).containsText("Sam Reid");
        Accessibility.assertNoViolations(staff);
        staffDevice.close();

        open(Paths.TRACKER);
        assertThat(page.locator("main .case-steps li.case-step-done")).hasCount(2);
        Accessibility.assertNoViolations(page);
    }

    private void answer(String question, int choice) {
        String path = Paths.ASSESSMENT_QUESTION + "/" + question;
        open(path);
        Keyboard.choose(page, page.locator("#answer"), choice, byKeyboard);
        String before = page.url();
        Keyboard.activate(page, page.locator("#continue"), byKeyboard);
        page.waitForURL(url -> !url.equals(before));
        Vaadin.waitUntilIdle(page);
    }

    private void follow(Locator link) {
        follow(page, link);
    }

    private void follow(Page on, Locator link) {
        String from = on.url();
        Keyboard.activate(on, link, byKeyboard);
        on.waitForURL(url -> !url.equals(from));
        Vaadin.waitUntilIdle(on);
    }
}
