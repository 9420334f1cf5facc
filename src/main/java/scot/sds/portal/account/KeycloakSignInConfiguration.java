package scot.sds.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import scot.sds.portal.shared.DisplaySettingsService;
import scot.sds.portal.shared.Paths;

/**
 * Sign-in at the council's Keycloak (profile {@code keycloak}): OpenID Connect authorisation code with PKCE
 * (S256), the realm roles of the {@code roles} claim as the portal's roles, Keycloak's page in the person's
 * portal language, and sign-out at Keycloak too (RP-initiated logout).
 */
@Configuration
@Profile("keycloak")
class KeycloakSignInConfiguration {

    static final String REGISTRATION = "keycloak";
    private static final String AUTHORIZATION_START = "/oauth2/authorization/" + REGISTRATION;
    private static final String ROLES_CLAIM = "roles";

    @Bean
    SignInMethod keycloakSignIn(ClientRegistrationRepository registrations, DisplaySettingsService displaySettings,
            AccountService accountService) {
        return new SignInMethod() {
            @Override
            public String signInHref() {
                return AUTHORIZATION_START;
            }

            @Override
            public Optional<String> createAccountHref() {
                return Optional.empty();
            }

            @Override
            public boolean usesPortalSignInPage() {
                return false;
            }

            @Override
            public void configure(HttpSecurity http, VaadinSecurityConfigurer vaadin) {
                vaadin.oauth2LoginPage(AUTHORIZATION_START, "{baseUrl}");
                try {
                    http.oauth2Login(login -> login
                            // A refused sign-in must not start another round at Keycloak: the help page says
                            // how to reach the council.
                            .failureUrl(Paths.href(Paths.HELP))
                            .authorizationEndpoint(endpoint -> endpoint
                                    .authorizationRequestResolver(requestResolver(registrations, displaySettings)))
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService(accountService))));
                } catch (Exception e) {
                    throw new IllegalStateException("Could not set up sign-in with Keycloak", e);
                }
            }
        };
    }

    /** Every authorisation request carries a PKCE challenge and asks for the person's portal language. */
    private static OAuth2AuthorizationRequestResolver requestResolver(ClientRegistrationRepository registrations,
            DisplaySettingsService displaySettings) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> currentRequest().ifPresent(http -> request.additionalParameters(parameters ->
                        parameters.put("ui_locales", keycloakLocale(displaySettings.language(http).tag()))))));
        return resolver;
    }

    /** Keycloak names Simplified Chinese zh-CN. */
    static String keycloakLocale(String portalTag) {
        return "zh-Hans".equals(portalTag) ? "zh-CN" : portalTag;
    }

    /** Reads who signed in from the ID token, gives them the portal's roles, and keeps the portal's record. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> userService(AccountService accountService) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Set<Role> roles = roles(user.getClaimAsStringList(ROLES_CLAIM));
            try {
                accountService.recordExternalSignIn(new ExternalIdentity(user.getSubject(), user.getEmail(),
                        Boolean.TRUE.equals(user.getEmailVerified()), displayName(user), roles));
            } catch (ExternalAccountConflictException conflict) {
                throw new OAuth2AuthenticationException(new OAuth2Error("account_conflict"), conflict);
            }
            List<SimpleGrantedAuthority> authorities =
                    roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "email");
        };
    }

    /** The portal's roles among the realm roles; Keycloak's own (offline_access...) are left out. */
    static Set<Role> roles(Collection<String> realmRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmRoles != null) {
            realmRoles.forEach(name -> Arrays.stream(Role.values())
                    .filter(role -> role.key().equals(name.toLowerCase(Locale.ROOT)))
                    .forEach(roles::add));
        }
        return roles;
    }

    private static String displayName(OidcUser user) {
        String name = user.getFullName();
        return name == null || name.isBlank() ? user.getEmail() : name;
    }

    private static Optional<jakarta.servlet.http.HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
