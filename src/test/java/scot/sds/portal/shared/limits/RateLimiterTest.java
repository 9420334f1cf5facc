package scot.sds.portal.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import scot.sds.portal.support.AdjustableClock;

class RateLimiterTest {

    private final AdjustableClock clock = new AdjustableClock();
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(15), clock);

    @Test
    void allowsTheLimitInAWindowThenRefusesUntilTheWindowEnds() {
        assertThat(limiter.attempt("a")).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(limiter.attempt("a")).isEmpty();
        assertThat(limiter.attempt("a")).isEmpty();

        assertThat(limiter.attempt("a")).hasValueSatisfying(wait -> assertAbout(wait, Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(9));
        assertThat(limiter.attempt("a")).hasValueSatisfying(wait -> assertAbout(wait, Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.attempt("a")).isEmpty();
    }

    @Test
    void countsEachKeyOnItsOwn() {
        for (int attempt = 0; attempt < 3; attempt++) {
            limiter.attempt("a");
        }

        assertThat(limiter.attempt("a")).isPresent();
        assertThat(limiter.attempt("b")).isEmpty();
    }

    @Test
    void refusesALimitThatAllowsNothing() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The clock is the real one moved on, so a little real time passes between attempts. */
    private static void assertAbout(Duration wait, Duration expected) {
        assertThat(wait).isBetween(expected.minusSeconds(1), expected);
    }
}
