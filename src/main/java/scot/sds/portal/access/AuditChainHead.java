package scot.sds.portal.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The ends of the audit chain: the last entry chained and its hash, where the kept chain begins after the retention
 * rule deleted its oldest entries, and the entries older than the chain.
 */
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
    private Long keptFrom;
    private String keptFromHash;

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

    /** What the first entry still kept chains to: the genesis, or the last hash removed by retention. */
    String startHash() {
        return keptFromHash == null ? GENESIS : keptFromHash;
    }

    /** The entries before this id were deleted by the retention rule; 0 if none were. */
    long keptFrom() {
        return keptFrom == null ? 0 : keptFrom;
    }

    /** The chain now begins at the entry with this id, chained to the given hash. */
    void keepFrom(long id, String previousHash) {
        keptFrom = id;
        keptFromHash = previousHash;
    }

    /** Chains the entry after the last one. */
    void append(AuditEntry entry) {
        entry.seal(entry.chainedTo(lastHash));
        lastEntryId = entry.id();
        lastHash = entry.entryHash();
    }
}
