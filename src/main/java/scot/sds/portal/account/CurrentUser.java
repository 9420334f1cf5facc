package scot.sds.portal.account;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on the current request, from Spring Security's context. */
final class CurrentUser {

    private CurrentUser() {}

    static Optional<String> email() {
        return signedIn().map(Authentication::getName);
    }

    /** The authorities of whoever is signed in on this request; none if nobody is. */
    static Set<String> authorities() {
        return signedIn().map(authentication -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    private static Optional<Authentication> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
