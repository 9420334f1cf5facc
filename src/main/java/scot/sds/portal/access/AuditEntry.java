package scot.sds.portal.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.DynamicUpdate;
import scot.sds.portal.shared.Sha256;

/**
 * One line of the audit trail: who did what to whose information, when (UTC), and whether it was allowed; and its
 * hash, chaining it to the line before. The database refuses any other change to a line, and any deletion.
 */
@Entity
@DynamicUpdate
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
    private String entryHash;

    protected AuditEntry() {}

    AuditEntry(Instant happenedAt, long actorId, long personId, Long relationshipId, String action, boolean allowed,
            String reason) {
        // The database keeps microseconds: the hash must be of the time as it is read back.
        this.happenedAt = happenedAt.truncatedTo(ChronoUnit.MICROS);
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

    long id() {
        return id;
    }

    String entryHash() {
        return entryHash;
    }

    /**
     * The hash this entry has after the one whose hash is given: SHA-256 of that hash and every field, each
     * written as its length and text (or "-" for none), so no two different entries share an encoding.
     */
    String chainedTo(String previousHash) {
        return Sha256.hex(Stream.of(id, happenedAt, actorId, personId, relationshipId, action, allowed, reason)
                .map(field -> field == null ? "-" : field.toString().length() + ":" + field)
                .collect(Collectors.joining("\n", previousHash + "\n", "")));
    }

    void seal(String hash) {
        entryHash = hash;
    }
}
