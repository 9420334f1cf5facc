package scot.sds.portal.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.PersonalRecordKeeper;

/**
 * Who looked at or changed the person's information, and when. It holds no answers and is what makes everyone
 * accountable, so erasing a person's drafts leaves it; it is kept to its own retention rule instead, which deletes
 * the oldest entries from the front of the hash chain.
 */
@Component
class AuditRecords implements PersonalRecordKeeper {

    static final String AUDIT_ENTRIES = "audit-entries";

    private final JdbcClient jdbc;
    private final AuditChain chain;

    AuditRecords(JdbcClient jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    @Override
    public String part() {
        return "who-has-seen";
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return jdbc.sql("""
                SELECT e.happened_at AS happenedAt, a.display_name AS who, e.action, e.allowed, e.reason
                FROM audit_entry e LEFT JOIN account a ON a.id = e.actor_id
                WHERE e.person_id = ? ORDER BY e.id""").param(personId).query().listOfRows();
    }

    @Override
    public Set<Long> people() {
        return Set.of();
    }

    @Override
    public Optional<Instant> lastChange(long personId) {
        return Optional.empty();
    }

    @Override
    public void erase(long personId) {
        // Kept on purpose: see the class comment.
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(AUDIT_ENTRIES);
    }

    @Override
    public int expire(String recordType, Instant endedBefore) {
        if (!AUDIT_ENTRIES.equals(recordType)) {
            return PersonalRecordKeeper.super.expire(recordType, endedBefore);
        }
        return chain.deleteWrittenBefore(endedBefore);
    }
}
