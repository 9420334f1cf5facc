package scot.sds.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and reading the signed-in person's own account. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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

    /** The account of whoever is signed in on this request, if anyone is. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> signedIn() {
        return CurrentUser.email().flatMap(accounts::findByEmail).map(AccountSummary::of);
    }
}
