package scot.sds.portal.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the portal's {@code keycloak} profile at the test's own Keycloak server, starting it if needed. */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-keycloak", Map.of(
                "spring.security.oauth2.client.provider.keycloak.issuer-uri", KeycloakServer.issuer(),
                "spring.security.oauth2.client.registration.keycloak.client-secret", KeycloakServer.CLIENT_SECRET)));
    }
}
