package scot.sds.portal.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.KeycloakInitializer;
import scot.sds.portal.support.Vaadin;

/**
 * Signing in through a real Keycloak server's own login page (no stand-in): the person lands in the portal
 * with their realm roles, and signing out ends the Keycloak session too.
 */
@ActiveProfiles("keycloak")
@ContextConfiguration(initializers = KeycloakInitializer.class)
class KeycloakSignInJourneyTest extends BrowserTest {

    @Test
    void a_carer_signs_in_at_keycloak_and_out_again() {
        open(Paths.START);
        page.locator(".account-links a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Sign in")).click();

        assertThat(page).hasURL(Pattern.compile("/realms/sds-portal/protocol/openid-connect/auth\\?.*"
                + "code_challenge_method=S256.*"));
        assertThat(page.locator("#kc-page-title")).containsText("Plan your support");
        page.getByLabel("Email address").fill("colin.smith@example.org");
        page.getByLabel("Password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("portal-sample-2026");
        page.locator("#kc-login").click();

        assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator(".account-links")).containsText("Colin Smith");
        open(Paths.YOUR_ACCOUNT);
        assertThat(page.locator("main")).containsText("colin.smith@example.org");
        assertThat(page.locator("main")).containsText("Carer");
        Accessibility.assertNoViolations(page);

        page.locator("main vaadin-button.sign-out").click();
        assertThat(page.locator(".account-links")).containsText("Sign in");
        // The Keycloak session has ended as well: a protected page asks for the password again.
        page.navigate(url(Paths.YOUR_ACCOUNT));
        assertThat(page.locator("#kc-login")).isVisible();
    }

    @Test
    void the_keycloak_login_page_speaks_the_persons_portal_language() {
        open(Paths.START + "?lang=ur");
        page.locator(".account-links a").first().click();

        assertThat(page.locator("html")).hasAttribute("lang", "ur");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#kc-login")).hasText("سائن ان کریں");
        Accessibility.assertNoViolations(page);
    }
}
