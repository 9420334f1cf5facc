package scot.sds.portal.account;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import scot.sds.portal.shared.limits.ClientAddress;
import scot.sds.portal.shared.limits.RateLimiter;
import scot.sds.portal.shared.limits.RateLimits;

/**
 * Checks passwords only so often, from each client address and for each account, so that nobody can guess their
 * way in. Every way of signing in with a built-in account's password goes through it.
 */
class RateLimitedSignIn implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final RateLimiter perAddress;
    private final RateLimiter perAccount;

    RateLimitedSignIn(AuthenticationManager passwords, RateLimits limits) {
        this.passwords = passwords;
        this.perAddress = limits.limiter("sign-in-address");
        this.perAccount = limits.limiter("sign-in-account");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        var wait = ClientAddress.current().flatMap(perAddress::attempt)
                .or(() -> perAccount.attempt(RegistrationPolicy.normaliseEmail(attempt.getName())));
        if (wait.isPresent()) {
            throw new TooManySignInAttempts();
        }
        return passwords.authenticate(attempt);
    }

    /** Refused before the password was even looked at. */
    static class TooManySignInAttempts extends AuthenticationException {

        TooManySignInAttempts() {
            super("Too many sign-in attempts");
        }
    }
}
