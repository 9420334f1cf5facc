package scot.sds.portal.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.Role;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.ProblemReportService;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.WhatIsWrong;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.People;
import scot.sds.portal.support.Vaadin;

/**
 * Council staff import directory files from the workspace and deal with what people reported, in English and in
 * Arabic easy read, by keyboard where a keyboard can: an empty form's errors, a Latin-1 Care Inspectorate file
 * with refused lines reported by line, a directory file of megabytes, a broken file that changes nothing, the
 * list of recent imports, and a report dealt with. People who are not staff are answered as if the pages did not
 * exist.
 */
class DirectoryWorkspaceJourneyTest extends BrowserTest {

    private static final String STAFF_EMAIL = "sam.reid@example.org";
    private static final String STAFF_PASSWORD = "portal-sample-2026";

    @Autowired
    ProblemReportService reports;

    @Autowired
    DirectorySearch directory;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @ParameterizedTest(name = "{0}, easy read {1}")
    @CsvSource({"en, false", "ar, true"})
    void staff_import_a_file_and_deal_with_a_reported_problem(String language, boolean easyRead) throws IOException {
        boolean english = language.equals("en");
        open(Paths.START + "?lang=" + language);
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        signIn(page, STAFF_EMAIL, STAFF_PASSWORD);
        Keyboard.activate(page, page.locator("main a[href='/" + Paths.STAFF_DIRECTORY_IMPORTS + "']"), true);
        page.waitForURL("**/" + Paths.STAFF_DIRECTORY_IMPORTS);
        Vaadin.waitUntilIdle(page);
        Accessibility.assertNoViolations(page);

        // Nothing chosen: both problems, next to their fields and in the summary.
        Keyboard.activate(page, page.locator("#import-button"), true);
        assertThat(page.locator(".error-summary li")).hasCount(2);
        assertThat(page.locator("#import-source")).hasAttribute("invalid", "");
        assertThat(page.locator("#import-file")).hasAttribute("invalid", "");
        Accessibility.assertNoViolations(page);

        // An old Latin-1 file, its ids made new for this run: two services added, five lines refused.
        String fileName = "datastore-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        Keyboard.choose(page, page.locator("#import-source"), 0, true);
        upload(fileName, "text/csv", freshIds(bytes("care-inspectorate-awkward.csv")));
        Keyboard.activate(page, page.locator("#import-button"), true);
        assertThat(page.locator("#import-result")).isFocused();
        assertThat(page.locator(".error-summary")).isHidden();
        Locator counts = page.locator("main .import-counts dd");
        assertThat(counts).hasText(new String[] {fileName, "2", "0", "0", "5"});
        Locator refused = page.locator("main table.import-refusals tbody tr");
        assertThat(refused).hasCount(5);
        assertThat(refused.first().locator("td").first()).hasText("4");
        if (english) {
            assertThat(refused.first()).containsText("No service id");
            assertThat(refused.nth(1)).containsText("A grade that is not 1 to 6");
        }
        assertThat(page.locator("main table.recent-imports tbody tr").first()).containsText(fileName);
        Accessibility.assertNoViolations(page);

        // A whole directory of a few megabytes arrives and is read: every service in it counted once.
        Keyboard.choose(page, page.locator("#import-source"), 1, true);
        upload("directory.json", "application/json", new ClassPathResource(
                "providers/sample/open-referral-sample.json").getContentAsByteArray());
        Keyboard.activate(page, page.locator("#import-button"), true);
        assertThat(page.locator("#import-result")).isFocused();
        org.assertj.core.api.Assertions.assertThat(counts.allTextContents().subList(1, 4).stream()
                .mapToInt(Integer::parseInt).sum()).isEqualTo(900);
        assertThat(counts.last()).hasText("0");

        // A broken file: nothing imported, and why, in the page's language.
        int servicesBefore = directory.search(ServiceQuery.everything()).total();
        Keyboard.choose(page, page.locator("#import-source"), 1, true);
        upload("broken.json", "application/json", bytes("open-referral-broken.json"));
        Keyboard.activate(page, page.locator("#import-button"), true);
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#import-result")).hasCount(0);
        if (english) {
            assertThat(page.locator(".error-summary")).containsText("Nothing was imported: this file is not JSON");
        }
        assertThat(page.locator("main table.recent-imports tbody tr").first()).containsText("directory.json");
        org.assertj.core.api.Assertions.assertThat(directory.search(ServiceQuery.everything()).total())
                .isEqualTo(servicesBefore);
        Accessibility.assertNoViolations(page);

        // A person reports a problem; staff see it, and it goes once dealt with.
        ServiceSummary service = directory.search(ServiceQuery.everything()).services().getFirst();
        String words = "Closed in " + UUID.randomUUID().toString().substring(0, 8);
        People.signIn(new People(accounts, relationships).account("Iona", Role.PERSON));
        reports.report(service.id(), WhatIsWrong.CLOSED, words);
        open(Paths.YOUR_ACCOUNT);
        Keyboard.activate(page, page.locator("main a[href='/" + Paths.STAFF_REPORTED_PROBLEMS + "']"), true);
        page.waitForURL("**/" + Paths.STAFF_REPORTED_PROBLEMS);
        Vaadin.waitUntilIdle(page);
        Locator report = page.locator("main .reported-problem").filter(new Locator.FilterOptions().setHasText(words));
        assertThat(report).hasCount(1);
        assertThat(report.locator("h2")).hasText(service.record().name());
        Accessibility.assertNoViolations(page);
        Keyboard.activate(page, report.locator("vaadin-button.dealt-with"), true);
        assertThat(report).hasCount(0);
        Accessibility.assertNoViolations(page);
    }

    @Test
    void people_who_are_not_staff_cannot_open_the_directory_pages() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        createAccount(page, "Nosy " + suffix, "nosy-" + suffix + "@example.org", "river lamp cup tea", 0);
        for (String path : new String[] {Paths.STAFF_DIRECTORY_IMPORTS, Paths.STAFF_REPORTED_PROBLEMS}) {
            page.navigate(url(path));
            assertThat(page.locator("main h1")).hasText("Page not found");
            assertThat(page.locator("#import-button, .reported-problem")).hasCount(0);
        }
        open(Paths.YOUR_ACCOUNT);
        assertThat(page.locator("main a[href='/" + Paths.STAFF_DIRECTORY_IMPORTS + "']")).hasCount(0);
    }

    private void upload(String name, String type, byte[] content) {
        page.locator("#import-file input[type=file]").setInputFiles(new FilePayload(name, type, content));
        assertThat(page.locator("#import-file .upload-status")).containsText(name);
    }

    /** The file with its Care Inspectorate numbers changed, so each run adds its services anew. */
    private static byte[] freshIds(byte[] file) {
        String prefix = "CS" + (1000000 + ThreadLocalRandom.current().nextInt(9000000));
        return new String(file, StandardCharsets.ISO_8859_1).replace("CS2010000", prefix)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String name) throws IOException {
        return new ClassPathResource("providers/" + name).getContentAsByteArray();
    }
}
