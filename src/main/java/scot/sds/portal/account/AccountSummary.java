package scot.sds.portal.account;

import java.util.Set;

/** What other features and pages may know of an account: never its password. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles) {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.email(), account.displayName(), account.roles());
    }
}
