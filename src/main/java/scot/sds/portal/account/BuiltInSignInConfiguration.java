package scot.sds.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.limits.RateLimits;

/**
 * Sign-in with the portal's own accounts, for the default run: it needs nothing installed. The {@code keycloak}
 * profile replaces it with the council's Keycloak, with the same roles.
 */
@Configuration
@Profile("!keycloak")
class BuiltInSignInConfiguration {

    @Bean
    AuthenticationManager authenticationManager(AccountRepository accounts, PasswordEncoder passwordEncoder,
            RateLimits limits) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        return new RateLimitedSignIn(new ProviderManager(provider), limits);
    }

    @Bean
    SignInMethod builtInSignIn() {
        return new SignInMethod() {
            @Override
            public String signInHref() {
                return Paths.href(Paths.SIGN_IN);
            }

            @Override
            public Optional<String> createAccountHref() {
                return Optional.of(Paths.href(Paths.CREATE_ACCOUNT));
            }

            @Override
            public boolean usesPortalSignInPage() {
                return true;
            }

            @Override
            public void configure(HttpSecurity http, VaadinSecurityConfigurer vaadin) {
                vaadin.loginView(Paths.href(Paths.SIGN_IN));
            }
        };
    }
}
