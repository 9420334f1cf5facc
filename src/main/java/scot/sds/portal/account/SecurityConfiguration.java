package scot.sds.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Pictures;

/**
 * Web security common to every way of signing in: which addresses are public; Vaadin guards the views. How
 * people prove who they are is the {@link SignInMethod} the profile chooses.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * The Open Referral API is open data about services, never about people, and has a chain of its own: anyone may
     * read it without signing in (OPTIONS for browsers' cross-origin checks), no one may change it, and it is told
     * so plainly (405) rather than sent to the sign-in page. It keeps no session, so needs no CSRF token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain openReferralApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(Paths.href(Paths.OPEN_REFERRAL_API), Paths.href(Paths.OPEN_REFERRAL_API) + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

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
