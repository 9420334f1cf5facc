package scot.sds.portal.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;

/** Creating an account, signing out and signing in, by keyboard alone, with helpful errors on the way. */
class AccountJourneyTest extends BrowserTest {

    private static final String SAMPLE_PERSON = "ann.smith@example.org";
    private static final String SAMPLE_PASSWORD = "portal-sample-2026";

    @Test
    void a_new_person_creates_an_account_and_signs_out_by_keyboard() {
        open(Paths.CREATE_ACCOUNT);
        skipToMainContent();
        Keyboard.tabTo(page, page.locator("#create-account-name input"));
        page.keyboard().type("Morag MacLeod");
        page.keyboard().press("Tab");
        page.keyboard().type(uniqueEmail());
        page.keyboard().press("Tab");
        page.keyboard().type("heather loch kettle");
        assertThat(page.locator(".password-strength")).containsText("strong");
        Keyboard.tabTo(page, page.locator("#create-account-role vaadin-radio-button").first());
        page.keyboard().press("Space");
        Keyboard.tabTo(page, page.locator("main vaadin-button[theme~='primary']"));
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/" + Paths.YOUR_ACCOUNT + "$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("main")).containsText("Morag MacLeod");
        assertThat(page.locator("main")).containsText("Person who needs support");
        Accessibility.assertNoViolations(page);

        Keyboard.tabTo(page, page.locator("main vaadin-button.sign-out"));
        page.keyboard().press("Enter");
        assertThat(page.locator(".account-links")).containsText("Sign in");
        open(Paths.YOUR_ACCOUNT);
        assertThat(page).hasURL(Pattern.compile("/" + Paths.SIGN_IN + "$"));
    }

    @Test
    void a_sample_person_signs_in_by_keyboard() {
        open(Paths.SIGN_IN);
        skipToMainContent();
        Keyboard.tabTo(page, page.locator("#sign-in-email input"));
        page.keyboard().type(SAMPLE_PERSON);
        page.keyboard().press("Tab");
        page.keyboard().type(SAMPLE_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/" + Paths.YOUR_ACCOUNT + "$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator(".account-links")).containsText("Ann Smith");
        assertThat(page.locator("main")).containsText(SAMPLE_PERSON);
    }

    @Test
    void a_wrong_password_is_explained_in_an_error_summary_that_leads_back_to_the_field() {
        open(Paths.SIGN_IN);
        page.locator("#sign-in-email input").fill(SAMPLE_PERSON);
        page.locator("#sign-in-password input").fill("not-the-password");
        page.locator("#sign-in-password input").press("Enter");

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).hasAttribute("role", "alert");
        assertThat(summary.locator("h2")).hasText("There is a problem");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator("#sign-in-email")).hasAttribute("invalid", "");
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('.error-summary')");
        // What the person typed is still there.
        assertThat(page.locator("#sign-in-email input")).hasValue(SAMPLE_PERSON);
        Accessibility.assertNoViolations(page);

        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement === document.querySelector('#sign-in-email input')");
    }

    @Test
    void every_problem_with_a_new_account_shows_beside_its_field_and_follows_a_change_of_language() {
        open(Paths.CREATE_ACCOUNT + "?lang=en");
        page.locator("#create-account-email input").fill("not an email");
        page.locator("#create-account-password input").fill("short");
        page.locator("main vaadin-button[theme~='primary']").click();

        Locator problems = page.locator(".error-summary li");
        assertThat(problems).hasCount(4);
        assertThat(problems.nth(0)).hasText("Enter your name");
        assertThat(problems.nth(1)).hasText("Enter an email address in the right format, like name@example.com");
        assertThat(problems.nth(2)).hasText("Your password must be at least 12 characters");
        assertThat(problems.nth(3)).hasText("Select who this account is for");
        assertThat(page.locator("#create-account-name")).hasAttribute("invalid", "");
        Accessibility.assertNoViolations(page);

        page.locator(".language-nav a[hreflang='pl']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "pl");
        assertThat(problems).hasCount(4);
        assertThat(problems.nth(0)).not().hasText("Enter your name");
        assertThat(page.locator("#create-account-email input")).hasValue("not an email");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void easy_read_is_remembered_for_the_person_on_another_device() {
        String email = uniqueEmail();
        createAccount(page, "Iain Stewart", email, "harbour bicycle thistle", 1);
        page.locator(".easy-read-switch").click();
        assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");

        // Another device: a new browser context with no cookies at all.
        context.close();
        context = browserWithoutCookies();
        page = context.newPage();
        open(Paths.SIGN_IN);
        assertThat(page.locator("html")).not().hasClass(Pattern.compile("easy-read"));
        page.locator("#sign-in-email input").fill(email);
        page.locator("#sign-in-password input").fill("harbour bicycle thistle");
        page.locator("#sign-in-password input").press("Enter");
        assertThat(page).hasURL(Pattern.compile("/" + Paths.YOUR_ACCOUNT + "$"));
        assertThat(page.locator("html")).hasClass(Pattern.compile("\\beasy-read\\b"));
        assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
    }

    private void skipToMainContent() {
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement === document.querySelector('main')");
        assertThat(Keyboard.hasFocus(page.locator("main"))).isTrue();
    }

    private static String uniqueEmail() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
