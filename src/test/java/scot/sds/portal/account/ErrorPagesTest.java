package scot.sds.portal.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.PlainHttp;

/**
 * Whatever goes wrong, pages and APIs answer with a plain status and never with how the portal is built: no stack
 * trace, no exception's name, no exception's message. The session cookie is marked Secure when the portal is
 * served over HTTPS.
 */
class ErrorPagesTest extends LowLimitsBrowserTest {

    /** Traces of the inside of the portal that must never reach a browser or client. */
    private static final List<String> INSIDE_DETAILS = List.of(FAILURE_DETAIL, "Exception", "\tat ", "at scot.",
            "at java.", "at org.", "Whitelabel", "Apache Tomcat");

    @Test
    void anUnknownPageIsThePortalsNotFoundPage() {
        signIn(page, "ann.smith@example.org", "portal-sample-2026");
        Response response = page.navigate(url("no-such-page"));

        // Unknown addresses are refused by the web security for a signed-in person: said alike, "not found".
        assertThat(response.status()).isIn(403, 404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertNoInsideDetails(page.locator("body").innerText());
    }

    @Test
    void aFailingEndpointAnswers500WithThePortalsPlainWordsOrAJsonStatus() {
        HttpResponse<String> html = PlainHttp.get(url(FAILING_PATH), "Accept", "text/html",
                "Accept-Language", "pl");
        assertThat(html.statusCode()).isEqualTo(500);
        assertThat(html.body()).contains("<html lang=\"pl\"", "Przepraszamy");
        assertNoInsideDetails(html.body());

        HttpResponse<String> json = PlainHttp.get(url(FAILING_PATH), "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(500);
        assertNoInsideDetails(json.body());
    }

    @Test
    void unknownApiAddressesAndRejectedRequestsSayNothingOfThePortalsInside() {
        for (String path : List.of(Paths.OPEN_REFERRAL_API + "/nothing-here", Paths.CASE_MANAGEMENT_API + "/nothing",
                "openreferral//services", "themes/portal/no-such.css")) {
            HttpResponse<String> response = PlainHttp.get(url(path), "Accept", "text/html");

            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertNoInsideDetails(response.body());
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheCouncilSaysItIsServedOverHttps() {
        HttpResponse<String> response = PlainHttp.get(url(Paths.START));

        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    private static void assertNoInsideDetails(String body) {
        for (String detail : INSIDE_DETAILS) {
            assertThat(body).doesNotContain(detail);
        }
    }
}
