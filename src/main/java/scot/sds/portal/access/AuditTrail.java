package scot.sds.portal.access;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;

/**
 * The record of every look at and change to a person's information, with actor, the person acted for, the
 * relationship, the action and the UTC time; refusals too. It holds no answers, so it can be shown and kept.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    private final AccountService accounts;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditChain chain, AccountService accounts, Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes an access check's decision, in a transaction of its own so that a refusal is kept too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void write(AccessDecision decision) {
        boolean ownLook = decision.actorId() == decision.personId() && decision.action() == Action.VIEW_RECORD;
        if (decision.personId() > 0 && decision.actorId() > 0 && !ownLook) {
            chain.append(new AuditEntry(clock.instant(), decision.actorId(), decision.personId(),
                    decision.relationshipId(), decision.action().name(), decision.allowed(), decision.reason()));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void write(long actorId, long personId, Long relationshipId, AuditEvent event) {
        chain.append(new AuditEntry(clock.instant(), actorId, personId, relationshipId, event.name(), true, "event"));
    }

    /**
     * Recomputes the hash chain over the whole trail, for council staff: whether any entry was changed or removed
     * since it was written. Anyone else is refused with {@link NotPermittedException}.
     */
    public AuditChainCheck verify() {
        AccountSummary actor = accounts.signedIn().orElse(null);
        if (actor == null || !actor.roles().contains(Role.STAFF)) {
            throw new NotPermittedException(new AccessDecision(false, actor == null ? 0 : actor.id(), 0, null, null,
                    null, "only-staff"));
        }
        return chain.check();
    }

    /** The signed-in person's own trail, newest first: nobody else's can be asked for. */
    @Transactional(readOnly = true)
    public List<AuditRecord> aboutMe() {
        return accounts.signedIn()
                .map(me -> entries.findTop200ByPersonIdOrderByHappenedAtDescIdDesc(me.id()).stream()
                        .map(AuditEntry::record).toList())
                .orElse(List.of());
    }
}
