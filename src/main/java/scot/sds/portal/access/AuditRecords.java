package scot.sds.portal.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/**
 * Who looked at or changed the person's information, and when. It holds no answers and is what makes everyone
 * accountable, so erasing a person's drafts leaves it; it is kept to its own retention rule instead, which deletes
 * the oldest entries from the front of the hash chain.
 */
@Component
class AuditRecords extends QueriedRecords {

    static final String AUDIT_ENTRIES = "audit-entries";

    private final AuditChain chain;

    AuditRecords(JdbcClient jdbc, AuditChain chain) {
        super(jdbc, "who-has-seen", new Queries("""
                SELECT e.happened_at AS happenedAt, a.display_name AS who, e.action, e.allowed, e.reason
                FROM audit_entry e LEFT JOIN account a ON a.id = e.actor_id
                WHERE e.person_id = :id ORDER BY e.id""", null, null, List.of()));
        this.chain = chain;
    }

    @Override
    public Optional<String> recordType() {
        return Optional.of(AUDIT_ENTRIES);
    }

    @Override
    public int expire(Instant endedBefore) {
        return chain.deleteWrittenBefore(endedBefore);
    }
}
