package scot.sds.portal.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many attempts per key (a client's address, an email address...) in each fixed window of time, counted
 * in memory: enough to slow down guessing on one portal instance, with nothing more to run.
 */
public final class RateLimiter {

    /** Past this many keys, windows that have ended are forgotten, so a flood of addresses cannot fill memory. */
    private static final int KEYS_BEFORE_CLEAN_UP = 10_000;

    private final int attempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int attempts, Duration window, Clock clock) {
        if (attempts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs at least one attempt in a positive window");
        }
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts one attempt for the key.
     *
     * @return empty if the attempt may go ahead, otherwise how long until the key may try again
     */
    public Optional<Duration> attempt(String key) {
        Instant now = clock.instant();
        if (windows.size() > KEYS_BEFORE_CLEAN_UP) {
            windows.values().removeIf(counted -> !counted.isOpenAt(now));
        }
        Window counted = windows.compute(key, (unused, current) ->
                current == null || !current.isOpenAt(now) ? new Window(now.plus(window), 1) : current.counted());
        return counted.count() <= attempts ? Optional.empty() : Optional.of(Duration.between(now, counted.ends()));
    }

    private record Window(Instant ends, int count) {

        boolean isOpenAt(Instant now) {
            return now.isBefore(ends);
        }

        Window counted() {
            return new Window(ends, count + 1);
        }
    }
}
