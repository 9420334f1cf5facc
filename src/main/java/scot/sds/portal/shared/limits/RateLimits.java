package scot.sds.portal.shared.limits;

import java.time.Clock;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes each feature's {@link RateLimiter} from its properties, {@code portal.rate-limit.<name>.attempts} and
 * {@code portal.rate-limit.<name>.window}, on the portal's clock.
 */
@Component
public class RateLimits {

    private final Environment environment;
    private final Clock clock;

    RateLimits(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    public RateLimiter limiter(String name) {
        String prefix = "portal.rate-limit." + name;
        return new RateLimiter(environment.getRequiredProperty(prefix + ".attempts", Integer.class),
                environment.getRequiredProperty(prefix + ".window", Duration.class), clock);
    }
}
