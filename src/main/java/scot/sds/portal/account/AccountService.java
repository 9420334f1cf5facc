package scot.sds.portal.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, keeping those from the council's identity provider, reading one's own, signing out. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuthenticationContext authenticationContext;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
            AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.authenticationContext = authenticationContext;
    }

    /** Creates a person's own account, or says what stops it. */
    @Transactional
    public RegistrationResult register(Registration registration) {
        List<RegistrationProblem> problems = new ArrayList<>(RegistrationPolicy.problems(registration));
        String email = RegistrationPolicy.normaliseEmail(registration.email());
        boolean emailUsable = problems.stream().noneMatch(p -> p.field() == RegistrationField.EMAIL);
        if (emailUsable && accounts.existsByEmail(email)) {
            problems.add(new RegistrationProblem(RegistrationField.EMAIL, "account.error.email-taken"));
            problems.sort(java.util.Comparator.comparing(RegistrationProblem::field));
        }
        if (!problems.isEmpty()) {
            return RegistrationResult.refused(problems);
        }
        Account account = new Account(email, registration.displayName().strip(),
                passwordEncoder.encode(registration.password()), registration.role());
        try {
            return RegistrationResult.created(AccountSummary.of(accounts.saveAndFlush(account)));
        } catch (DataIntegrityViolationException sameEmailAtTheSameMoment) {
            return RegistrationResult.refused(
                    List.of(new RegistrationProblem(RegistrationField.EMAIL, "account.error.email-taken")));
        }
    }

    /**
     * Keeps the portal's record of someone who signed in at the council's identity provider: on their first
     * sign-in it is created, or an account here with the same verified email address is linked to them; on
     * every sign-in it is brought up to date (email address, name, roles).
     *
     * @throws ExternalAccountConflictException if the email address belongs to an account that cannot be theirs
     */
    @Transactional
    public AccountSummary recordExternalSignIn(ExternalIdentity identity) {
        String email = RegistrationPolicy.normaliseEmail(identity.email());
        Account account = accounts.findByExternalSubject(identity.subject())
                .or(() -> identity.emailVerified()
                        ? accounts.findByEmail(email).filter(found -> found.linkToIdentityProvider(identity.subject()))
                        : Optional.empty())
                .orElseGet(() -> {
                    if (accounts.existsByEmail(email)) {
                        throw new ExternalAccountConflictException(identity.subject());
                    }
                    return Account.external(identity.subject());
                });
        account.updateFromIdentityProvider(email, identity.displayName(), identity.roles());
        return AccountSummary.of(accounts.saveAndFlush(account));
    }

    /** Signs out: the session ends (and, with the council's Keycloak, its session too). */
    public void signOut() {
        authenticationContext.logout();
    }

    /** The names of accounts, for showing who acts for whom; nothing else about them. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(ids).forEach(account -> names.put(account.id(), account.displayName()));
        return names;
    }

    /** The email addresses of accounts, only for telling them there is news; nothing else about them. */
    @Transactional(readOnly = true)
    public List<String> emailAddresses(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(Account::email).toList();
    }

    /** The account of whoever is signed in on this request, if anyone is. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> signedIn() {
        return CurrentUser.email().flatMap(accounts::findByEmail).map(AccountSummary::of);
    }

    /** Whether this request is signed in as the council system, through its API's own sign-in. */
    public boolean signedInAs(SystemClient client) {
        return CurrentUser.authorities().contains(client.authority());
    }
}
