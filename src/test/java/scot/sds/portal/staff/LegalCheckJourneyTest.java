package scot.sds.portal.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.upload.UploadFiles;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;

/**
 * A person names their welfare attorney and uploads the registration certificate; the attorney accepts and
 * waits; council staff download the certificate and confirm it; only then can the attorney act.
 */
class LegalCheckJourneyTest extends BrowserTest {

    /** A photo of the certificate that the person's device calls a PDF: its content decides what it is. */
    private static final byte[] CERTIFICATE = UploadFiles.PNG;

    @Test
    void an_attorney_acts_only_after_staff_have_checked_the_certificate() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String personName = "Morag " + suffix;
        String attorneyName = "Euan " + suffix;
        createAccount(page, personName, "morag-" + suffix + "@example.org", "river lamp cup tea", 0);
        open(Paths.INVITE_HELPER);
        page.locator("#invite-role vaadin-radio-button").nth(3).click();
        page.locator("#invite-basis vaadin-radio-button").nth(2).click();
        page.locator("#invite-reference input").fill("PG/2025/004321");
        page.locator("#invite-registered-day input").fill("3");
        page.locator("#invite-registered-month input").fill("2");
        page.locator("#invite-registered-year input").fill("2025");
        page.locator("#invite-evidence input[type=file]")
                .setInputFiles(new FilePayload("certificate.pdf", "application/pdf", CERTIFICATE));
        assertThat(page.locator("#invite-evidence .upload-status")).containsText("certificate.pdf");
        Accessibility.assertNoViolations(page);
        page.locator("main vaadin-button[theme~='primary']").click();
        String code = page.locator(".invitation-code").textContent();

        BrowserContext attorneyDevice = browserWithoutCookies();
        Page attorney = attorneyDevice.newPage();
        createAccount(attorney, attorneyName, "euan-" + suffix + "@example.org", "kettle heather loch", 1);
        open(attorney, Paths.ACCEPT_INVITATION);
        attorney.locator("#invitation-code input").fill(code);
        attorney.locator("main vaadin-button[theme~='primary']").click();
        assertThat(attorney.locator("#invitation-outcome")).containsText("Council staff will check");
        open(attorney, Paths.ACT_FOR);
        assertThat(attorney.locator("main vaadin-button.act-for")).hasCount(0);

        BrowserContext staffDevice = browserWithoutCookies();
        Page staff = staffDevice.newPage();
        open(staff, Paths.SIGN_IN);
        staff.locator("#sign-in-email input").fill("sam.reid@example.org");
        staff.locator("#sign-in-password input").fill("portal-sample-2026");
        staff.locator("#sign-in-password input").press("Enter");
        staff.waitForURL("**/" + Paths.YOUR_ACCOUNT);
        open(staff, Paths.STAFF_LEGAL_CHECKS);
        Locator check = staff.locator(".legal-check").filter(new Locator.FilterOptions().setHasText(attorneyName));
        assertThat(check).containsText("PG/2025/004321");
        Accessibility.assertNoViolations(staff);
        Download download = staff.waitForDownload(() -> check.locator("a.evidence-download").click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(CERTIFICATE);
        // Served as the type its content is, to save, never to open in the portal's own origin.
        String address = (String) check.locator("a.evidence-download").evaluate("link => link.href");
        APIResponse served = staffDevice.request().get(address);
        org.assertj.core.api.Assertions.assertThat(served.body()).isEqualTo(CERTIFICATE);
        org.assertj.core.api.Assertions.assertThat(served.headers())
                .containsEntry("content-type", "image/png")
                .containsEntry("x-content-type-options", "nosniff")
                .hasEntrySatisfying("content-disposition", disposition -> org.assertj.core.api.Assertions
                        .assertThat(disposition).startsWith("attachment").contains(".png"));
        check.locator("vaadin-button.verify").click();
        assertThat(staff.locator(".legal-check").filter(new Locator.FilterOptions().setHasText(attorneyName)))
                .hasCount(0);

        open(attorney, Paths.ACT_FOR);
        assertThat(attorney.locator("main vaadin-button.act-for")).containsText(personName);
        attorneyDevice.close();
        staffDevice.close();
    }

    @Test
    void a_web_page_called_certificate_pdf_is_refused_beside_the_field_and_not_kept() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        createAccount(page, "Isla " + suffix, "isla-" + suffix + "@example.org", "river lamp cup tea", 0);
        open(Paths.INVITE_HELPER);
        page.locator("#invite-role vaadin-radio-button").nth(3).click();
        page.locator("#invite-basis vaadin-radio-button").nth(2).click();
        page.locator("#invite-reference input").fill("PG/2025/004322");
        page.locator("#invite-registered-day input").fill("3");
        page.locator("#invite-registered-month input").fill("2");
        page.locator("#invite-registered-year input").fill("2025");
        page.locator("#invite-evidence input[type=file]")
                .setInputFiles(new FilePayload("certificate.pdf", "application/pdf", UploadFiles.HTML));
        assertThat(page.locator("#invite-evidence .upload-status")).containsText("certificate.pdf");
        page.locator("main vaadin-button[theme~='primary']").click();

        assertThat(page.locator("#invite-evidence")).hasAttribute("invalid", "");
        assertThat(page.locator("#invite-evidence > [slot='error-message']"))
                .hasText("The file must be a PDF, JPG or PNG");
        assertThat(page.locator(".error-summary")).containsText("The file must be a PDF, JPG or PNG");
        assertThat(page.locator(".invitation-code")).hasCount(0);
        Accessibility.assertNoViolations(page);
    }

    @Test
    void people_who_are_not_staff_cannot_open_the_checks() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        createAccount(page, "Nosy " + suffix, "nosy-" + suffix + "@example.org", "river lamp cup tea", 0);
        page.navigate(url(Paths.STAFF_LEGAL_CHECKS));
        // Answered like a page that does not exist, in the shell and the person's language.
        assertThat(page.locator("main h1")).hasText("Page not found");
        assertThat(page.locator(".legal-check")).hasCount(0);
        Accessibility.assertNoViolations(page);
    }
}
