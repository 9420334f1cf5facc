package scot.sds.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Optional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people prove who they are: the portal's own accounts by default, or the council's Keycloak with the
 * {@code keycloak} profile. Pages ask it where "Sign in" and "Create an account" lead.
 */
public interface SignInMethod {

    /** Where the "Sign in" link leads. */
    String signInHref();

    /** Where "Create an account" leads, if people can create their own accounts here. */
    Optional<String> createAccountHref();

    /** Whether sign-in happens on the portal's own page rather than at an identity provider. */
    boolean usesPortalSignInPage();

    /** Adds this way of signing in to the web security. */
    void configure(HttpSecurity http, VaadinSecurityConfigurer vaadin);
}
