package scot.sds.portal.shared.limits;

import java.time.Duration;

/** Refused: the client or account has tried too often, and may try again after a while. */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("Too many attempts; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
