package scot.sds.portal.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the audit trail: who did what to whose information, when (UTC), and whether it was allowed. */
@Entity
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant happenedAt;
    private long actorId;
    private long personId;
    private Long relationshipId;
    private String action;
    private boolean allowed;
    private String reason;

    protected AuditEntry() {}

    AuditEntry(Instant happenedAt, long actorId, long personId, Long relationshipId, String action, boolean allowed,
            String reason) {
        this.happenedAt = happenedAt;
        this.actorId = actorId;
        this.personId = personId;
        this.relationshipId = relationshipId;
        this.action = action;
        this.allowed = allowed;
        this.reason = reason;
    }

    AuditRecord record() {
        return new AuditRecord(happenedAt, actorId, personId, relationshipId, action, allowed);
    }
}
