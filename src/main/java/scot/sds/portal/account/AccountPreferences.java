package scot.sds.portal.account;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.shared.PersonalPreferences;

/** Keeps the signed-in person's easy-read choice with their account. */
@Component
class AccountPreferences implements PersonalPreferences {

    private final AccountRepository accounts;

    AccountPreferences(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Boolean> easyRead() {
        return CurrentUser.email().flatMap(accounts::findByEmail).map(Account::easyRead);
    }

    @Override
    @Transactional
    public void rememberEasyRead(boolean on) {
        CurrentUser.email().flatMap(accounts::findByEmail).ifPresent(account -> account.rememberEasyRead(on));
    }
}
