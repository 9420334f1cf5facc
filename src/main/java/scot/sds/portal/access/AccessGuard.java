package scot.sds.portal.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.account.SystemClient;

/**
 * The one check every read and write of a person's data goes through: who is asking (from the security
 * context, never from the page), on whose behalf, through which relationship, for which action. Revocation,
 * suspension and expiry count from the very next request because nothing is cached.
 */
@Service
public class AccessGuard {

    private final AccountService accounts;
    private final RelationshipRepository relationships;
    private final AuditTrail auditTrail;
    private final Clock clock;

    AccessGuard(AccountService accounts, RelationshipRepository relationships, AuditTrail auditTrail, Clock clock) {
        this.accounts = accounts;
        this.relationships = relationships;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccessDecision decide(long personId, Action action) {
        Optional<AccountSummary> actor = accounts.signedIn();
        if (actor.isEmpty()) {
            return new AccessDecision(false, 0, personId, null, null, action, "not-signed-in");
        }
        long actorId = actor.get().id();
        if (action == Action.CASEWORK) {
            boolean staff = actor.get().roles().contains(Role.STAFF) && actorId != personId;
            return new AccessDecision(staff, actorId, personId, null, null, action,
                    staff ? "council-staff" : "only-staff");
        }
        if (actorId == personId) {
            return new AccessDecision(true, actorId, personId, null, null, action, "own-record");
        }
        if (actor.get().roles().contains(Role.STAFF)
                && (action == Action.VIEW_RECORD || action == Action.DOWNLOAD_RECORDS)) {
            return new AccessDecision(true, actorId, personId, null, null, action, "council-staff");
        }
        LocalDate today = LocalDate.now(clock);
        String refusal = "no-relationship";
        for (Relationship relationship : relationships.findByPersonIdAndHelperId(personId, actorId)) {
            String why = AccessRules.refusal(relationship.statusOn(today), relationship.scopes(), action);
            if (why == null) {
                return new AccessDecision(true, actorId, personId, relationship.id(), relationship.helperRole(), action,
                        "relationship");
            }
            refusal = why;
        }
        return new AccessDecision(false, actorId, personId, null, null, action, refusal);
    }

    /**
     * The signed-in member of council staff, for work that is not on one person's data, such as importing the
     * directory of services; anyone else is refused with {@link NotPermittedException}.
     */
    public AccountSummary requireStaff() {
        Optional<AccountSummary> actor = accounts.signedIn().filter(account -> account.roles().contains(Role.STAFF));
        if (actor.isEmpty()) {
            throw new NotPermittedException(new AccessDecision(false, accounts.signedIn().map(AccountSummary::id)
                    .orElse(0L), 0, null, null, null, "only-staff"));
        }
        return actor.get();
    }

    /**
     * For a council system reading through its API, such as the case-management system reading what people sent:
     * anyone else, a signed-in person or member of staff included, is refused with {@link NotPermittedException}.
     */
    public void requireSystemClient(SystemClient client) {
        if (!accounts.signedInAs(client)) {
            throw new NotPermittedException(new AccessDecision(false, accounts.signedIn().map(AccountSummary::id)
                    .orElse(0L), 0, null, null, null, "only-system-client"));
        }
    }

    /**
     * The signed-in account, for work that is on no one person's data, such as telling the council that a service's
     * information is wrong; {@link NotPermittedException} if nobody is signed in.
     */
    public AccountSummary requireSignedIn() {
        return accounts.signedIn().orElseThrow(() -> new NotPermittedException(new AccessDecision(false, 0, 0, null,
                null, null, "not-signed-in")));
    }

    /**
     * The decision if it allows; otherwise {@link NotPermittedException}. Either way it goes into the audit trail
     * (apart from a person looking at their own information).
     */
    public AccessDecision require(long personId, Action action) {
        AccessDecision decision = decide(personId, action);
        auditTrail.write(decision);
        if (!decision.allowed()) {
            throw new NotPermittedException(decision);
        }
        return decision;
    }
}
