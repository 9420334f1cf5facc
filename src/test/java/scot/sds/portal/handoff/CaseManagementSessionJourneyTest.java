package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.BrowserTest;

/**
 * A member of council staff signed in to the portal in a browser still cannot read the case-management API with
 * their session: it is for the council's system alone, which signs in on every request.
 */
class CaseManagementSessionJourneyTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_staff_members_signed_in_session_does_not_open_the_api() {
        signIn(page, "sam.reid@example.org", "portal-sample-2026");
        open(Paths.STAFF_CASES);
        assertThat(page.url()).endsWith("/" + Paths.STAFF_CASES);
        List<Cookie> session = context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).toList();
        assertThat(session).hasSize(1);

        CaseManagementClient api = new CaseManagementClient(port);
        for (String path : List.of("/submissions", "/schema")) {
            HttpResponse<String> refused = api.send("GET", path, "Cookie", "JSESSIONID=" + session.getFirst().value);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
            // The browser itself, with every cookie it holds, is refused too.
            assertThat(page.request().get(url(Paths.CASE_MANAGEMENT_API + path)).status()).as(path).isEqualTo(401);
        }
    }
}
