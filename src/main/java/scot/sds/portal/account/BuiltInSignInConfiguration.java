package scot.sds.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with the portal's own accounts, for the default run. The {@code keycloak} profile replaces it with
 * the council's Keycloak, with the same roles.
 */
@Configuration
@Profile("!keycloak")
class BuiltInSignInConfiguration {

    @Bean
    AuthenticationManager authenticationManager(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }
}
