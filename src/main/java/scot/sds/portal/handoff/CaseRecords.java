package scot.sds.portal.handoff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/**
 * What the person sent, each as it was sent, and everything that happened on each case since, messages included.
 * A closed case is kept to its own retention: the council's case-management system holds the lasting record.
 */
@Component
class CaseRecords extends QueriedRecords {

    static final String CLOSED_CASES = "closed-cases";

    private static final String CLOSED_BEFORE = """
            SELECT f.submission_id FROM case_file f
            WHERE f.status = 'CLOSED' AND f.changed_at < ?""";

    CaseRecords(JdbcClient jdbc) {
        super(jdbc, "case", new Queries("""
                SELECT s.reference, s.version, s.submitted_at AS happenedAt, 'SENT' AS step, g.display_name AS who,
                       s.submitted_as AS givenAs, f.status AS caseStatus, s.pack AS sent, NULL AS detail
                FROM submission s JOIN account g ON g.id = s.submitted_by
                LEFT JOIN case_file f ON f.submission_id = s.id WHERE s.person_id = :id
                UNION ALL
                SELECT s.reference, s.version, e.happened_at, e.kind, a.display_name, NULL, NULL, NULL, e.detail
                FROM case_event e JOIN submission s ON s.id = e.submission_id LEFT JOIN account a ON a.id = e.actor_id
                WHERE s.person_id = :id
                ORDER BY version, happenedAt""",
                "SELECT person_id FROM submission",
                """
                SELECT MAX(t) FROM (SELECT submitted_at AS t FROM submission WHERE person_id = :id
                UNION ALL SELECT e.happened_at FROM case_event e JOIN submission s ON s.id = e.submission_id
                WHERE s.person_id = :id) changes""",
                List.of()));
    }

    @Override
    public boolean sentToCouncil(long personId) {
        return jdbc().sql("SELECT COUNT(*) FROM submission WHERE person_id = ?").param(personId).query(Long.class)
                .single() > 0;
    }

    @Override
    public void erase(long personId) {
        // Each submission with its case's history, in the order the foreign keys need.
        jdbc().sql("SELECT id FROM submission WHERE person_id = ?").param(personId).query(Long.class).list()
                .forEach(this::delete);
    }

    @Override
    public Optional<String> recordType() {
        return Optional.of(CLOSED_CASES);
    }

    @Override
    public int expire(Instant endedBefore) {
        List<Long> closed = jdbc().sql(CLOSED_BEFORE).param(Timestamp.from(endedBefore)).query(Long.class).list();
        closed.forEach(this::delete);
        return closed.size();
    }

    private void delete(long submissionId) {
        jdbc().sql("DELETE FROM case_event WHERE submission_id = ?").param(submissionId).update();
        jdbc().sql("DELETE FROM case_file WHERE submission_id = ?").param(submissionId).update();
        jdbc().sql("DELETE FROM submission WHERE id = ?").param(submissionId).update();
    }
}
