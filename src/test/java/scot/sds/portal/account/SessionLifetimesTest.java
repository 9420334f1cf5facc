package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's session lifetimes as configured: the same idle time as Keycloak's sessions, which no profile changes,
 * and a warning at least two minutes before it.
 */
class SessionLifetimesTest {

    private static final String IDLE_TIME = "server.servlet.session.timeout";
    private static final String WARNING_BEFORE = "portal.session.warning-before";
    private static final Path REALM = Path.of("src/main/keycloak/import/sds-portal-realm.json");

    @Test
    void the_portal_ends_an_idle_session_when_keycloak_does() throws IOException {
        long keycloakIdleSeconds = JsonMapper.shared().readTree(Files.readString(REALM))
                .get("ssoSessionIdleTimeout").asLong();

        assertThat(duration("application.properties", IDLE_TIME)).isEqualTo(Duration.ofSeconds(keycloakIdleSeconds));
    }

    @Test
    void no_profile_changes_the_idle_time_or_the_warning() throws IOException {
        for (String profile : List.of("application-production.properties", "application-keycloak.properties")) {
            PropertySourcesPropertyResolver properties = properties(profile);
            assertThat(properties.containsProperty(IDLE_TIME)).as(profile).isFalse();
            assertThat(properties.containsProperty(WARNING_BEFORE)).as(profile).isFalse();
        }
    }

    @Test
    void the_warning_comes_at_least_two_minutes_before_the_end_and_after_some_use() throws IOException {
        Duration warningBefore = duration("application.properties", WARNING_BEFORE);

        assertThat(warningBefore).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(warningBefore).isLessThan(duration("application.properties", IDLE_TIME));
    }

    @Test
    void the_portal_refuses_to_start_with_a_warning_too_short_to_answer() {
        assertThatThrownBy(() -> new IdleSignOut(Clock.systemUTC(), Duration.ofSeconds(90)))
                .hasMessageContaining(WARNING_BEFORE);
    }

    /** The value the portal uses when no environment variable sets it. */
    private static Duration duration(String file, String name) throws IOException {
        return DurationStyle.detectAndParse(properties(file).getRequiredProperty(name));
    }

    private static PropertySourcesPropertyResolver properties(String file) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new ResourcePropertySource(new ClassPathResource(file)));
        return new PropertySourcesPropertyResolver(sources);
    }
}
