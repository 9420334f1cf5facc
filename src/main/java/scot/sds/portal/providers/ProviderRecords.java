package scot.sds.portal.providers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/**
 * The person's shortlist of services and the problems they reported with the directory. Reports are also kept to
 * their own retention: gone once dealt with for long enough.
 */
@Component
class ProviderRecords extends QueriedRecords {

    static final String PROBLEM_REPORTS = "problem-reports";

    ProviderRecords(JdbcClient jdbc) {
        super(jdbc, "shortlist", new Queries("""
                SELECT s.name AS service, s.provider_name AS provider, g.display_name AS givenBy,
                       e.added_as AS givenAs, e.added_at AS changedAt, NULL AS problem, NULL AS details
                FROM shortlist_entry e JOIN support_service s ON s.id = e.service_id JOIN account g ON g.id = e.added_by
                WHERE e.person_id = :id
                UNION ALL
                SELECT s.name, s.provider_name, NULL, NULL, r.reported_at, r.what, r.details
                FROM problem_report r JOIN support_service s ON s.id = r.service_id
                WHERE r.reported_by = :id
                ORDER BY changedAt""",
                "SELECT person_id FROM shortlist_entry UNION SELECT reported_by FROM problem_report",
                """
                SELECT MAX(t) FROM (SELECT added_at AS t FROM shortlist_entry WHERE person_id = :id
                UNION ALL SELECT reported_at FROM problem_report WHERE reported_by = :id) changes""",
                List.of("DELETE FROM shortlist_entry WHERE person_id = :id",
                        "DELETE FROM problem_report WHERE reported_by = :id")));
    }

    @Override
    public Optional<String> recordType() {
        return Optional.of(PROBLEM_REPORTS);
    }

    @Override
    public int expire(Instant endedBefore) {
        return jdbc().sql("DELETE FROM problem_report WHERE dealt_with_at < ?").param(Timestamp.from(endedBefore))
                .update();
    }
}
