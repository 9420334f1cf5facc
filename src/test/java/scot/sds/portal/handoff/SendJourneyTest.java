package scot.sds.portal.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.TestMailServer;
import scot.sds.portal.support.Vaadin;

/**
 * A person answers, checks their answers, reads the declaration and sends everything to the council: the tracker
 * opens with the reference and shows what happened and what comes next; the answers can then be read but not
 * changed, and the send page is not offered again. Council staff find it in their queue, open it, take it on and
 * ask for information; the person answers on their tracker and tells of a change in their condition, which joins
 * the same case; staff book the assessment, record decisions and download the pack as PDF. The tracker shows each
 * step, and the test mail server receives an email for each step the council took. In English with the mouse, and
 * in Arabic easy read, right to left, by keyboard alone; axe on every page.
 */
class SendJourneyTest extends BrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("^SDS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$");

    private static final String ASKED = "Please tell us which days your daughter helps you.";
    private static final String REPLY = "She comes on Mondays and Thursdays.";
    private static final String CHANGED = "Some weeks I cannot get out of bed at all.";
    private static final String REASONS = "Eligible: a substantial risk to staying at home.";

    private boolean byKeyboard;

    @ParameterizedTest(name = "{0}, easy read and keyboard {1}")
    @CsvSource({"en, false", "ar, true"})
    void a_person_sends_everything_and_follows_what_happens(String language, boolean easyReadByKeyboard)
            throws IOException {
        byKeyboard = easyReadByKeyboard;
        boolean english = language.equals("en");
        open(Paths.START + "?lang=" + language);
        if (easyReadByKeyboard) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        String email = "catriona-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        createAccount(page, "Catriona Bell", email, "river lamp cup tea", 0);
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
        assertThat(staff.locator("main .document-rows dt")).not().hasCount(0);
        Accessibility.assertNoViolations(staff);
        Keyboard.activate(staff, staff.locator("#assign-to-me"), byKeyboard);
        assertThat(staff.locator("#assign-to-me")).hasCount(0);
        assertThat(staff.locator("main .case-facts")).containsText("Sam Reid");
        Accessibility.assertNoViolations(staff);
        String casePage = staff.url();

        // Staff ask for information; the person reads it on their tracker and replies.
        follow(staff, staff.locator("#case-write"));
        Keyboard.activate(staff, staff.locator("#write-send"), byKeyboard);
        assertThat(staff.locator(".error-summary")).isVisible();
        Accessibility.assertNoViolations(staff);
        Keyboard.type(staff, staff.locator("#write-text textarea"), ASKED, byKeyboard);
        if (byKeyboard) {
            Keyboard.tabTo(staff, staff.locator("#write-asks"));
            staff.keyboard().press("Space");
        } else {
            staff.locator("#write-asks").click();
        }
        assertThat(staff.locator("#write-asks")).hasAttribute("checked", "");
        leaveFor(staff, casePage, staff.locator("#write-send"));

        open(Paths.TRACKER);
        assertThat(page.locator("main .inset")).isVisible();
        assertThat(page.locator("main .case-steps .case-words")).containsText(ASKED);
        if (english) {
            assertThat(page.locator("main .case-summary")).containsText("Waiting for information from you");
        }
        Accessibility.assertNoViolations(page);
        Keyboard.activate(page, page.locator("#message-send"), byKeyboard);
        assertThat(page.locator(".error-summary")).isVisible();
        Accessibility.assertNoViolations(page);
        Keyboard.type(page, page.locator("#message-text textarea"), REPLY, byKeyboard);
        Keyboard.activate(page, page.locator("#message-send"), byKeyboard);
        assertThat(page.locator("#message-sent")).isVisible();
        assertThat(page.locator("main .case-steps .case-words").last()).containsText(REPLY);
        Accessibility.assertNoViolations(page);

        // Their condition comes and goes: they tell the council, and it joins the same case.
        follow(page.locator("main a[href='/" + Paths.REPORT_CHANGE + "']"));
        Keyboard.activate(page, page.locator("#change-send"), byKeyboard);
        assertThat(page.locator(".error-summary li")).hasCount(2);
        Accessibility.assertNoViolations(page);
        Keyboard.choose(page, page.locator("#change-kind"), 1, byKeyboard);
        Keyboard.type(page, page.locator("#change-words textarea"), CHANGED, byKeyboard);
        follow(page.locator("#change-send"));
        assertThat(page).hasURL(Pattern.compile("/" + Paths.TRACKER + "\\?told=yes$"));
        assertThat(page.locator("main .inset")).isVisible();
        assertThat(page.locator("main .case-steps .case-words").last()).containsText(CHANGED);
        Accessibility.assertNoViolations(page);

        // Staff book the assessment, after being told what is missing, then record their decisions.
        staff.navigate(casePage);
        Vaadin.waitUntilIdle(staff);
        assertThat(staff.locator("main .case-steps")).containsText(REPLY);
        follow(staff, staff.locator("#case-book-assessment"));
        Keyboard.activate(staff, staff.locator("#visit-send"), byKeyboard);
        assertThat(staff.locator(".error-summary li")).hasCount(4);
        Accessibility.assertNoViolations(staff);
        LocalDate visitDay = LocalDate.now().plusDays(7);
        Keyboard.type(staff, staff.locator("#visit-date-day input"), String.valueOf(visitDay.getDayOfMonth()),
                byKeyboard);
        Keyboard.type(staff, staff.locator("#visit-date-month input"), String.valueOf(visitDay.getMonthValue()),
                byKeyboard);
        Keyboard.type(staff, staff.locator("#visit-date-year input"), String.valueOf(visitDay.getYear()),
                byKeyboard);
        pick(staff, staff.locator("#visit-time"), 5);
        Keyboard.choose(staff, staff.locator("#visit-how"), 0, byKeyboard);
        Keyboard.type(staff, staff.locator("#visit-place input"), "12 High Street, Paisley", byKeyboard);
        Keyboard.type(staff, staff.locator("#visit-who input"), "Sam Reid, social worker", byKeyboard);
        leaveFor(staff, casePage, staff.locator("#visit-send"));

        follow(staff, staff.locator("#case-decide"));
        Keyboard.choose(staff, staff.locator("#decision-eligible"), 0, byKeyboard);
        Keyboard.type(staff, staff.locator("#decision-budget input"), "12500", byKeyboard);
        Keyboard.choose(staff, staff.locator("#decision-plan"), 1, byKeyboard);
        Keyboard.type(staff, staff.locator("#decision-reasons textarea"), REASONS, byKeyboard);
        Accessibility.assertNoViolations(staff);
        leaveFor(staff, casePage, staff.locator("#decision-send"));
        assertThat(staff.locator("main .case-decision")).containsText(REASONS);
        // The hand-off pack as PDF, for the case file.
        Locator pdfLink = staff.locator("#case-pdf");
        Download download = staff.waitForDownload(() -> Keyboard.activate(staff, pdfLink, byKeyboard));
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(sent + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains(sent, "Catriona Bell");
        }
        staffDevice.close();

        // The tracker shows every step, with the visit and the decision; an email told of each council step.
        open(Paths.TRACKER);
        assertThat(page.locator("main .case-steps li.case-step-done")).hasCount(7);
        assertThat(page.locator("main .case-visit")).containsText("12 High Street, Paisley");
        assertThat(page.locator("main .case-decision")).containsText(REASONS);
        if (english) {
            assertThat(page.locator("main .case-decision")).containsText("£12,500");
            assertThat(page.locator("main .case-summary")).containsText("Decided");
        }
        Accessibility.assertNoViolations(page);
        org.assertj.core.api.Assertions.assertThat(TestMailServer.messagesTo(email)).hasSize(4);
    }

    /** Takes a step on the staff's form page and waits to be back on the case. */
    private void leaveFor(Page on, String casePage, Locator button) {
        Keyboard.activate(on, button, byKeyboard);
        on.waitForURL(casePage);
        Vaadin.waitUntilIdle(on);
    }

    /** Chooses from a drop-down list: opened and moved through with the arrow keys, or clicked. */
    private void pick(Page on, Locator select, int index) {
        if (byKeyboard) {
            Keyboard.tabTo(on, select);
            on.keyboard().press("ArrowDown");
            // The list opens a moment later; keys pressed before it has focus would be lost.
            assertThat(select).hasAttribute("opened", "");
            assertThat(on.locator("vaadin-select-item[focused]")).hasCount(1);
            for (int presses = 0; presses < index; presses++) {
                on.keyboard().press("ArrowDown");
            }
            on.keyboard().press("Enter");
        } else {
            select.click();
            on.locator("vaadin-select-item").nth(index).click();
        }
        Vaadin.waitUntilIdle(on);
        assertThat(select).not().hasAttribute("opened", "");
        org.assertj.core.api.Assertions.assertThat((String) select.evaluate("select => select.value")).isNotEmpty();
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
