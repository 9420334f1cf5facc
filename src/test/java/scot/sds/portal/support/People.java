package scot.sds.portal.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import scot.sds.portal.access.AdvocateDeclaration;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.Invitation;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.RelationshipTerms;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.ExternalIdentity;
import scot.sds.portal.account.Role;

/** People for service tests: accounts with unique emails, signing in as one of them, and helpers they invite. */
public final class People {

    private final AccountService accounts;
    private final RelationshipService relationships;

    public People(AccountService accounts, RelationshipService relationships) {
        this.accounts = accounts;
        this.relationships = relationships;
    }

    public AccountSummary account(String name, Role role) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return accounts.recordExternalSignIn(
                new ExternalIdentity(UUID.randomUUID().toString(), email, true, name, Set.of(role)));
    }

    /** Makes the account the signed-in actor, as the security context of a request would. */
    public static void signIn(AccountSummary account) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.email(), null, account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The person invites the helper on these terms and the helper accepts; returns the relationship's id. */
    public long helps(AccountSummary helper, AccountSummary person, RelationshipTerms terms) {
        signIn(person);
        Invitation invitation = relationships.invite(terms, null).invitation();
        signIn(helper);
        // An advocate declares their organisation when accepting.
        relationships.accept(invitation.code(), terms.role() == HelperRole.ADVOCATE
                ? new AdvocateDeclaration("Speak Up Advocacy", null) : null);
        return invitation.relationshipId();
    }

    /** The person's consent for a helper in a role, with these scopes, from today. */
    public static RelationshipTerms consent(HelperRole role, Scope... scopes) {
        return RelationshipTerms.consent(role, Set.of(scopes), LocalDate.now());
    }
}
