package scot.sds.portal.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The end of the audit chain: the last entry chained and its hash, and the entries older than the chain. */
@Entity
class AuditChainHead {

    /** What the first entry chains to. */
    static final String GENESIS = "0".repeat(64);

    static final byte ONLY = 1;

    @Id
    private byte id;

    private Long lastEntryId;
    private String lastHash;
    private Long legacyUpTo;

    protected AuditChainHead() {}

    /** The id of the last entry chained, or 0 before the first. */
    long chainedUpTo() {
        return lastEntryId == null ? 0 : lastEntryId;
    }

    String lastHash() {
        return lastHash;
    }

    /** Whether entries written before the chain began still wait to be chained. */
    boolean legacyWaiting() {
        return legacyUpTo != null && chainedUpTo() < legacyUpTo;
    }

    long legacyUpTo() {
        return legacyUpTo;
    }

    /** Chains the entry after the last one. */
    void append(AuditEntry entry) {
        entry.seal(entry.chainedTo(lastHash));
        lastEntryId = entry.id();
        lastHash = entry.entryHash();
    }
}
