package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.PlainHttp;
import scot.sds.portal.support.Vaadin;

/**
 * Every page and API answers with the portal's security headers, and whatever carries personal data with
 * {@code Cache-Control: no-store}; the content security policy lets the portal work in a real browser without one
 * violation. The session cookie is out of scripts' reach and stays on the portal's own site.
 */
class SecurityHeadersTest extends BrowserTest {

    private static final String CASE_MANAGEMENT_SECRET = "test-case-management-secret";

    @Test
    void aPublicPageSendsEveryHeaderAndTheBrowserReportsNoPolicyViolation() {
        List<String> violations = watchForPolicyViolations();
        Response response = page.navigate(url(Paths.START));
        Vaadin.waitUntilIdle(page);

        assertSecurityHeaders(response.allHeaders()::get);
        assertThat(violations).isEmpty();
    }

    @Test
    void aSignedInPageSendsEveryHeaderAndIsNeverStored() {
        List<String> violations = watchForPolicyViolations();
        signIn(page, "ann.smith@example.org", "portal-sample-2026");
        Response response = page.navigate(url(Paths.YOUR_ACCOUNT));
        Vaadin.waitUntilIdle(page);

        assertThat(page.url()).endsWith(Paths.YOUR_ACCOUNT);
        assertSecurityHeaders(response.allHeaders()::get);
        assertThat(response.allHeaders().get("cache-control")).contains("no-store");
        assertThat(violations).isEmpty();
    }

    @Test
    void theOpenReferralApiSendsEveryHeader() {
        HttpResponse<String> response = PlainHttp.get(url(Paths.OPEN_REFERRAL_API + "/services?per_page=1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(name -> response.headers().firstValue(name).orElse(null));
    }

    @Test
    void theCaseManagementApiSendsEveryHeaderAndIsNeverStored() {
        HttpResponse<String> response = PlainHttp.get(url(Paths.CASE_MANAGEMENT_API + "/submissions?limit=1"),
                "Authorization", PlainHttp.basic("case-management", CASE_MANAGEMENT_SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(name -> response.headers().firstValue(name).orElse(null));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> response = PlainHttp.get(url(Paths.START));

        List<String> sessionCookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }

    private static void assertSecurityHeaders(Function<String, String> header) {
        assertThat(header.apply("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'");
        assertThat(header.apply("x-frame-options")).isEqualTo("DENY");
        assertThat(header.apply("strict-transport-security")).startsWith("max-age=31536000");
        assertThat(header.apply("x-content-type-options")).isEqualTo("nosniff");
        assertThat(header.apply("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header.apply("permissions-policy")).isEqualTo("camera=(), microphone=(), geolocation=()");
    }

    /** What the browser says it refused because of the content security policy, from its console. */
    private List<String> watchForPolicyViolations() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        return violations;
    }
}
