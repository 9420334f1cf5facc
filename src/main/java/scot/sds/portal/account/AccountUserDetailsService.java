package scot.sds.portal.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security check built-in accounts' passwords and know their roles. */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(RegistrationPolicy.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email address"));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }
}
