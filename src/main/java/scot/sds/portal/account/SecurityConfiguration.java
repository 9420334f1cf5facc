package scot.sds.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import scot.sds.portal.shared.i18n.Pictures;

/**
 * Web security common to every way of signing in: which addresses are public; Vaadin guards the views. How
 * people prove who they are is the {@link SignInMethod} the profile chooses.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInMethod signInMethod) throws Exception {
        // Theme styles and easy-read pictures are public; Vaadin guards every view by its annotations.
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/themes/**", Pictures.PATH + "**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> signInMethod.configure(http, vaadin)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
