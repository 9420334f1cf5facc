package scot.sds.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Pictures;

/**
 * Web security common to every way of signing in: which addresses are public, and the APIs' chains of their own;
 * Vaadin guards the views. How people prove who they are is the {@link SignInMethod} the profile chooses.
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
                .headers(SecurityHeaders.everywhere())
                .build();
    }

    /**
     * The case-management API gives out what people sent, so only the council's case-management system may read it:
     * HTTP Basic with its client id and secret, on every request, as it keeps no session. A person's or staff
     * member's signed-in session counts for nothing here, as the chain never reads the session. The API's service
     * checks the system's authority again. Its addresses never overlap the Open Referral API's.
     */
    @Bean
    @Order(1)
    SecurityFilterChain caseManagementApi(HttpSecurity http,
            @Value("${portal.case-management.client-id}") String clientId,
            @Value("${portal.case-management.client-secret}") String clientSecret) throws Exception {
        SystemClient client = SystemClient.CASE_MANAGEMENT;
        SystemClientCredentials credentials = new SystemClientCredentials(client, clientId, clientSecret);
        AuthenticationEntryPoint signInFirst = SystemClientApiRefusals.signInFirst(Paths.CASE_MANAGEMENT_API);
        String api = Paths.href(Paths.CASE_MANAGEMENT_API);
        return http.securityMatcher(api, api + "/**")
                .authenticationManager(credentials::authenticate)
                .addFilterBefore(SystemClientApiRefusals.onlyGet(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName(Paths.CASE_MANAGEMENT_API).authenticationEntryPoint(signInFirst))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(client.authority()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInFirst))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.everywhere())
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInMethod signInMethod) throws Exception {
        // Theme styles, easy-read pictures and the plain error page are public; Vaadin guards every view by its
        // annotations.
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/themes/**", Pictures.PATH + "**", "/error").permitAll());
        http.headers(SecurityHeaders.everywhere());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> signInMethod.configure(http, vaadin)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
