package scot.sds.portal.account;

import java.util.List;

/** The account created, or the problems that stopped it, in the order of the form's questions. */
public record RegistrationResult(AccountSummary account, List<RegistrationProblem> problems) {

    static RegistrationResult created(AccountSummary account) {
        return new RegistrationResult(account, List.of());
    }

    static RegistrationResult refused(List<RegistrationProblem> problems) {
        return new RegistrationResult(null, List.copyOf(problems));
    }

    public boolean isCreated() {
        return account != null;
    }
}
