package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Vaadin;

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
    void anUnknownPageIsAPlainNotFoundPage() {
        Response response = page.navigate(url("no-such-page"));
        Vaadin.waitUntilIdle(page);

        assertThat(response.status()).isEqualTo(404);
        assertNoInsideDetails(page.content());
    }

    @Test
    void aFailingEndpointAnswers500WithNothingOfWhyInHtmlOrJson() {
        for (String accept : List.of("text/html", "application/json")) {
            HttpResponse<String> response = PlainHttp.get(url(FAILING_PATH), "Accept", accept);

            assertThat(response.statusCode()).as(accept).isEqualTo(500);
            assertNoInsideDetails(response.body());
        }
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
