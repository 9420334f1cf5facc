package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.AdjustableClock;

/** What counts as use of a session, and when the portal ends one that is not used. */
class IdleSignOutTest {

    private static final int IDLE_SECONDS = 30 * 60;

    private final AdjustableClock clock = new AdjustableClock();
    private final IdleSignOut filter = new IdleSignOut(clock, Duration.ofMinutes(5));
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void sessionOfThirtyMinutes() throws Exception {
        session.setMaxInactiveInterval(IDLE_SECONDS);
        request("/" + Paths.YOUR_ACCOUNT);
    }

    @Test
    void a_session_used_within_its_idle_time_goes_on() throws Exception {
        clock.advance(Duration.ofMinutes(29));
        request("/");
        clock.advance(Duration.ofMinutes(29));
        request("/");

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_unused_for_its_idle_time_ends_before_the_request_is_handled() throws Exception {
        clock.advance(Duration.ofMinutes(30));
        MockFilterChain chain = request("/" + Paths.YOUR_ACCOUNT);

        assertThat(session.isInvalid()).isTrue();
        assertThat(((MockHttpServletRequest) chain.getRequest()).getSession(false)).isNull();
    }

    @Test
    void the_heartbeats_of_an_open_page_are_not_use() throws Exception {
        clock.advance(Duration.ofMinutes(20));
        request("/", "v-r", "heartbeat");
        clock.advance(Duration.ofMinutes(10));
        request("/", "v-r", "heartbeat");
        assertThat(session.isInvalid()).isFalse();

        request("/");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_signed_out_page_ends_a_session_once_the_warning_was_due_and_not_before() throws Exception {
        clock.advance(Duration.ofMinutes(24));
        request("/" + Paths.SIGNED_OUT);
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofMinutes(25));
        request("/" + Paths.SIGNED_OUT);
        assertThat(session.isInvalid()).isTrue();
    }

    private MockFilterChain request(String path, String... parameter) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        if (parameter.length == 2) {
            request.setParameter(parameter[0], parameter[1]);
        }
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }
}
