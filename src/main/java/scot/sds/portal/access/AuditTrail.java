package scot.sds.portal.access;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.account.AccountService;

/**
 * The record of every look at and change to a person's information, with actor, the person acted for, the
 * relationship, the action and the UTC time; refusals too. It holds no answers, so it can be shown and kept.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AccountService accounts, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes an access check's decision, in a transaction of its own so that a refusal is kept too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void write(AccessDecision decision) {
        boolean ownLook = decision.actorId() == decision.personId() && decision.action() == Action.VIEW_RECORD;
        if (decision.personId() > 0 && decision.actorId() > 0 && !ownLook) {
            entries.save(new AuditEntry(clock.instant(), decision.actorId(), decision.personId(),
                    decision.relationshipId(), decision.action().name(), decision.allowed(), decision.reason()));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void write(long actorId, long personId, Long relationshipId, AuditEvent event) {
        entries.save(new AuditEntry(clock.instant(), actorId, personId, relationshipId, event.name(), true, "event"));
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
