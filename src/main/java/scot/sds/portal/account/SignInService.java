package scot.sds.portal.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.shared.DisplaySettingsService;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * Signs people in to built-in accounts from the portal's own forms, which show errors the portal's way and
 * work with password managers. Only with built-in accounts: the council's Keycloak has its own sign-in page.
 */
@Service
@Profile("!keycloak")
public class SignInService {

    private final AuthenticationManager authenticationManager;
    private final AccountRepository accounts;
    private final DisplaySettingsService displaySettings;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SignInService(AuthenticationManager authenticationManager, AccountRepository accounts,
            DisplaySettingsService displaySettings) {
        this.authenticationManager = authenticationManager;
        this.accounts = accounts;
        this.displaySettings = displaySettings;
    }

    /**
     * Checks the email address and password and, if they are right, signs the person in on a new session id
     * (so a session id seen before sign-in is worthless). Their easy-read choice so far becomes their
     * account's, unless the account already has one.
     *
     * @return whether the person is now signed in, or why not
     */
    @Transactional
    public SignInOutcome signIn(String email, String password) {
        boolean easyReadNow = displaySettings.current(UI.getCurrent()).readingMode() == ReadingMode.EASY_READ;
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    RegistrationPolicy.normaliseEmail(email), password == null ? "" : password));
        } catch (RateLimitedSignIn.TooManySignInAttempts tooMany) {
            return SignInOutcome.TOO_MANY_ATTEMPTS;
        } catch (AuthenticationException wrongEmailOrPassword) {
            return SignInOutcome.WRONG_EMAIL_OR_PASSWORD;
        }
        var vaadinRequest = VaadinServletRequest.getCurrent();
        VaadinService.reinitializeSession(vaadinRequest);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, vaadinRequest.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        accounts.findByEmail(authentication.getName())
                .filter(account -> account.easyRead() == null)
                .ifPresent(account -> account.rememberEasyRead(easyReadNow));
        return SignInOutcome.SIGNED_IN;
    }

}
