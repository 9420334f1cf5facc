package scot.sds.portal.access;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain over the audit trail: each entry is chained to the one before as it is written, one at a time,
 * and the whole chain can be recomputed to show that nothing was changed or removed.
 */
@Service
class AuditChain {

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final EntityManager entityManager;

    AuditChain(AuditEntryRepository entries, AuditChainHeadRepository heads, EntityManager entityManager) {
        this.entries = entries;
        this.heads = heads;
        this.entityManager = entityManager;
    }

    /** Writes the entry at the end of the chain; the head stays locked until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(AuditEntry entry) {
        AuditChainHead head = lockedHead();
        entries.saveAndFlush(entry);
        head.append(entry);
    }

    /** Chains the entries written before the chain began, so that an existing trail verifies. */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    void chainLegacyEntries() {
        lockedHead();
    }

    /**
     * Deletes the oldest entries, up to the first written at or after the given moment, and records where the kept
     * chain now begins and the hash it chains to, so that it still verifies. The triggers allow no other deletion.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int deleteWrittenBefore(Instant moment) {
        AuditChainHead head = lockedHead();
        long keepFrom = entries.findFirstByHappenedAtGreaterThanEqualOrderByIdAsc(moment).map(AuditEntry::id)
                .orElse(head.chainedUpTo() + 1);
        if (keepFrom <= head.keptFrom()) {
            return 0;
        }
        head.keepFrom(keepFrom, entries.findFirstByIdLessThanOrderByIdDesc(keepFrom).map(AuditEntry::entryHash)
                .orElse(head.startHash()));
        heads.saveAndFlush(head);
        return entries.deleteBefore(keepFrom);
    }

    /** Recomputes every hash from the first entry kept, in one consistent view of the trail. */
    @Transactional(readOnly = true)
    AuditChainCheck check() {
        AuditChainHead head = heads.findById(AuditChainHead.ONLY).orElseThrow();
        long headId = head.chainedUpTo();
        String previousHash = head.startHash();
        // With every entry deleted by the retention rule, the chain is intact when the head is where it was left.
        long lastId = Math.max(0, head.keptFrom() - 1);
        long checked = 0;
        for (List<AuditEntry> page = entries.findTop500ByIdGreaterThanOrderByIdAsc(0); !page.isEmpty();
                page = entries.findTop500ByIdGreaterThanOrderByIdAsc(lastId)) {
            for (AuditEntry entry : page) {
                checked++;
                if (entry.id() > headId || !entry.chainedTo(previousHash).equals(entry.entryHash())) {
                    return new AuditChainCheck(checked, entry.id());
                }
                previousHash = entry.entryHash();
                lastId = entry.id();
            }
            entityManager.clear();
        }
        // An entry removed from the end leaves the head naming it.
        boolean endsAtHead = lastId == headId && head.lastHash().equals(previousHash);
        return new AuditChainCheck(checked, endsAtHead ? null : headId);
    }

    private AuditChainHead lockedHead() {
        AuditChainHead head = heads.lockForAppend().orElseThrow();
        for (List<AuditEntry> legacy = legacyAfter(head); !legacy.isEmpty(); legacy = legacyAfter(head)) {
            legacy.forEach(head::append);
            entityManager.flush();
            legacy.forEach(entityManager::detach);
        }
        return head;
    }

    private List<AuditEntry> legacyAfter(AuditChainHead head) {
        if (!head.legacyWaiting()) {
            return List.of();
        }
        return entries.findTop500ByIdGreaterThanOrderByIdAsc(head.chainedUpTo()).stream()
                .filter(entry -> entry.id() <= head.legacyUpTo()).toList();
    }
}
