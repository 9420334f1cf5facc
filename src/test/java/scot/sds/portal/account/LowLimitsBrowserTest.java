package scot.sds.portal.account;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.sds.portal.support.AdjustableClock;
import scot.sds.portal.support.BrowserTest;

/**
 * The portal as served over HTTPS with low rate limits, on a clock the tests move on, and with one plain Spring
 * endpoint that always fails. Every test starts in fresh rate-limit windows. This is a second portal beside the one
 * the other tests share, so it runs in a JVM of its own: each subclass is listed in the pom's low-limits execution.
 */
@TestPropertySource(properties = {
    "portal.rate-limit.sign-in-address.attempts=" + LowLimitsBrowserTest.SIGN_IN_PER_ADDRESS,
    "portal.rate-limit.sign-in-account.attempts=" + LowLimitsBrowserTest.SIGN_IN_PER_ACCOUNT,
    "portal.rate-limit.invitation-code.attempts=" + LowLimitsBrowserTest.CODES,
    "portal.rate-limit.open-referral.attempts=" + LowLimitsBrowserTest.API_REQUESTS,
    "server.servlet.session.cookie.secure=true"})
@Import({LowLimitsBrowserTest.TestClock.class, LowLimitsBrowserTest.FailingEndpoint.class})
abstract class LowLimitsBrowserTest extends BrowserTest {

    static final int SIGN_IN_PER_ADDRESS = 6;
    static final int SIGN_IN_PER_ACCOUNT = 3;
    static final int CODES = 3;
    static final int API_REQUESTS = 5;
    static final String FAILING_PATH = "openreferral/always-fails";
    static final String FAILURE_DETAIL = "a detail only the server's log may hold";

    @Autowired
    AdjustableClock clock;

    @BeforeEach
    void startInFreshWindows() {
        clock.advance(Duration.ofHours(1));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock();
        }
    }

    @RestController
    static class FailingEndpoint {

        @GetMapping("/" + FAILING_PATH)
        String fail() {
            throw new IllegalStateException(FAILURE_DETAIL);
        }
    }
}
