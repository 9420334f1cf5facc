package scot.sds.portal.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;

/**
 * A person invites a carer with a one-time code, the carer accepts with their own account and acts for them
 * under a banner, the person revokes, and the carer's access ends at their next page. Every page is checked by
 * axe, in English and in Arabic (right to left).
 */
class HelperJourneyTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void invitation_acceptance_acting_for_and_revocation(String language) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String personName = "Ann " + suffix;
        String carerName = "Colin " + suffix;
        open(Paths.START + "?lang=" + language);
        createAccount(page, personName, "ann-" + suffix + "@example.org", "river lamp cup tea", 0);

        open(Paths.YOUR_HELPERS);
        Accessibility.assertNoViolations(page);
        page.locator("main a.start-link").click();
        page.waitForURL("**/" + Paths.INVITE_HELPER);
        Accessibility.assertNoViolations(page);
        page.locator("#invite-role vaadin-radio-button").first().click();
        page.locator("#invite-basis vaadin-radio-button").first().click();
        page.locator("#invite-scopes vaadin-checkbox").first().click();
        page.locator("#invite-review-day input").fill("1");
        page.locator("#invite-review-month input").fill("6");
        page.locator("#invite-review-year input").fill("2031");
        page.locator("main vaadin-button[theme~='primary']").click();
        assertThat(page.locator(".invitation-code")).hasText(Pattern.compile("^[A-Z2-9]{4}-[A-Z2-9]{4}$"));
        Accessibility.assertNoViolations(page);
        String code = page.locator(".invitation-code").textContent();

        BrowserContext carerDevice = browserWithoutCookies();
        Page carer = carerDevice.newPage();
        open(carer, Paths.START + "?lang=" + language);
        createAccount(carer, carerName, "colin-" + suffix + "@example.org", "kettle heather loch", 1);
        open(carer, Paths.ACCEPT_INVITATION);
        Accessibility.assertNoViolations(carer);
        carer.locator("#invitation-code input").fill(code.toLowerCase());
        carer.locator("main vaadin-button[theme~='primary']").click();
        assertThat(carer.locator("#invitation-outcome a")).isVisible();
        carer.locator("#invitation-outcome a").click();
        carer.waitForURL("**/" + Paths.ACT_FOR);
        Accessibility.assertNoViolations(carer);
        carer.locator("main vaadin-button.act-for").filter(new Locator.FilterOptions()
                .setHasText(personName)).click();
        carer.waitForURL("**/" + Paths.YOUR_ACCOUNT);
        assertThat(carer.locator(".acting-for-banner")).isVisible();
        assertThat(carer.locator(".acting-for-banner")).containsText(personName);
        if (language.equals("en")) {
            assertThat(carer.locator(".acting-for-banner"))
                    .containsText("You are acting for " + personName + " (Carer; can see and answer questions)");
        }
        Accessibility.assertNoViolations(carer);

        open(Paths.YOUR_HELPERS);
        assertThat(page.locator(".helper")).containsText(carerName);
        assertThat(page.locator(".helper")).containsText("2031");
        Accessibility.assertNoViolations(page);
        page.locator(".helper vaadin-button.revoke").click();
        assertThat(page.locator(".helper vaadin-button.revoke")).hasCount(0);

        // The carer's very next page no longer shows the person, and the banner is gone.
        open(carer, Paths.YOUR_ACCOUNT);
        assertThat(carer.locator(".acting-for-banner")).isHidden();
        open(carer, Paths.ACT_FOR);
        assertThat(carer.locator("main vaadin-button.act-for")).hasCount(0);
        carerDevice.close();

        open(Paths.WHO_HAS_SEEN);
        assertThat(page.locator(".audit-table tbody")).containsText(carerName);
        Accessibility.assertNoViolations(page);
    }

    @Test
    void an_advocate_declares_their_organisation_and_provider_link_when_accepting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        createAccount(page, "Isla " + suffix, "isla-" + suffix + "@example.org", "river lamp cup tea", 0);
        open(Paths.INVITE_HELPER);
        page.locator("#invite-role vaadin-radio-button").nth(2).click();
        page.locator("#invite-basis vaadin-radio-button").first().click();
        page.locator("main vaadin-button[theme~='primary']").click();
        String code = page.locator(".invitation-code").textContent();

        BrowserContext advocateDevice = browserWithoutCookies();
        Page advocate = advocateDevice.newPage();
        createAccount(advocate, "Rory " + suffix, "rory-" + suffix + "@example.org", "kettle heather loch", 2);
        open(advocate, Paths.ACCEPT_INVITATION);
        advocate.locator("#invitation-code input").fill(code);
        advocate.locator("main vaadin-button[theme~='primary']").click();
        assertThat(advocate.locator(".error-summary")).containsText("Enter the advocacy organisation");
        assertThat(advocate.locator("#invitation-code input")).hasValue(code);
        Accessibility.assertNoViolations(advocate);
        advocate.locator("#advocate-organisation input").fill("Speak Up Advocacy");
        advocate.locator("#advocate-provider-link input").fill("Volunteer board member, Care Co");
        advocate.locator("main vaadin-button[theme~='primary']").click();
        assertThat(advocate.locator("#invitation-outcome a")).isVisible();
        advocateDevice.close();

        open(Paths.YOUR_HELPERS);
        assertThat(page.locator(".helper")).containsText("Speak Up Advocacy");
        assertThat(page.locator(".helper")).containsText("Volunteer board member, Care Co");
    }
}
