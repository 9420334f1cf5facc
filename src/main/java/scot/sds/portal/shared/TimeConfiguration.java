package scot.sds.portal.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, in UTC, so dates and expiry can be reasoned about and tested. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The time zone people in Scotland read times in; times are stored in UTC. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
