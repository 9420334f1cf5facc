package scot.sds.portal.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.PlainHttp;
import scot.sds.portal.support.Vaadin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guessing is slowed down: sign-in per account and per client address, invitation codes, and the public API each
 * refuse past their limit, with a plain message or a 429, and take attempts again once the window has passed.
 */
class RateLimitTest extends LowLimitsBrowserTest {

    private static final String PASSWORD = "portal-sample-2026";
    private static final String TOO_MANY_SIGN_INS = "There have been too many tries to sign in.";
    private static final String TOO_MANY_CODES = "There have been too many tries with invitation codes.";
    private static final String WRONG_PASSWORD = "The email address or password is not right.";

    @Test
    void signInRefusesAnAccountPastItsLimitEvenWithTheRightPasswordUntilTheWindowEnds() {
        open(Paths.SIGN_IN);
        for (int attempt = 0; attempt < SIGN_IN_PER_ACCOUNT; attempt++) {
            trySignIn("colin.smith@example.org", "not the password");
            assertThat(page.locator(".error-summary")).containsText(WRONG_PASSWORD);
        }

        trySignIn("colin.smith@example.org", PASSWORD);
        assertThat(page.locator(".error-summary")).containsText(TOO_MANY_SIGN_INS);
        assertThat(page).hasURL(url(Paths.SIGN_IN));

        clock.advance(Duration.ofMinutes(16));
        trySignIn("Colin.Smith@example.org", PASSWORD);
        page.waitForURL("**/" + Paths.YOUR_ACCOUNT);
    }

    @Test
    void signInRefusesAClientAddressPastItsLimitWhateverTheAccount() {
        open(Paths.SIGN_IN);
        for (int attempt = 0; attempt < SIGN_IN_PER_ADDRESS; attempt++) {
            trySignIn("nobody-" + attempt + "@example.org", "not the password");
            assertThat(page.locator(".error-summary")).containsText(WRONG_PASSWORD);
        }

        trySignIn("aisha.khan@example.org", PASSWORD);
        assertThat(page.locator(".error-summary")).containsText(TOO_MANY_SIGN_INS);
    }

    @Test
    void invitationCodesAreRefusedPastTheLimitUntilTheWindowEnds() {
        signIn(page, "colin.smith@example.org", PASSWORD);
        open(Paths.ACCEPT_INVITATION);
        for (int attempt = 0; attempt < CODES; attempt++) {
            tryCode("ABCD-EFG" + attempt);
            assertThat(page.locator(".error-summary")).containsText("This code does not work.");
        }

        tryCode("ABCD-EFGH");
        assertThat(page.locator(".error-summary")).containsText(TOO_MANY_CODES);

        clock.advance(Duration.ofMinutes(16));
        tryCode("ABCD-EFGH");
        assertThat(page.locator(".error-summary")).containsText("This code does not work.");
    }

    @Test
    void theOpenReferralApiAnswers429WithRetryAfterPastItsLimitUntilTheWindowEnds() {
        String services = url(Paths.OPEN_REFERRAL_API + "/services?per_page=1");
        for (int request = 0; request < API_REQUESTS; request++) {
            assertThat(PlainHttp.get(services).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = PlainHttp.get(services);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
        JsonNode problem = JsonMapper.shared().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(1));
        assertThat(PlainHttp.get(services).statusCode()).isEqualTo(200);
    }

    private void trySignIn(String email, String password) {
        page.locator("#sign-in-email input").fill(email);
        page.locator("#sign-in-password input").fill(password);
        page.locator("main vaadin-button[theme~='primary']").click();
        Vaadin.waitUntilIdle(page);
    }

    private void tryCode(String code) {
        page.locator("#invitation-code input").fill(code);
        page.locator("main vaadin-button[theme~='primary']").click();
        Vaadin.waitUntilIdle(page);
    }
}
