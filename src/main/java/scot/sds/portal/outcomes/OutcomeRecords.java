package scot.sds.portal.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.PersonalRecordKeeper;
import scot.sds.portal.shared.records.RecordQueries;

/** The outcomes that matter to the person, with the national outcomes each serves. */
@Component
class OutcomeRecords implements PersonalRecordKeeper {

    private final JdbcClient jdbc;

    OutcomeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "outcomes";
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return jdbc.sql("""
                SELECT o.talking_point AS talkingPoint, o.own_words AS ownWords, o.priority,
                       o.how_will_i_know AS howWillIKnow,
                       (SELECT GROUP_CONCAT(n.national_outcome ORDER BY n.national_outcome SEPARATOR ', ')
                        FROM personal_outcome_national n WHERE n.outcome_id = o.id) AS nationalOutcomes,
                       o.voice, g.display_name AS givenBy, o.given_as AS givenAs, o.updated AS changedAt
                FROM personal_outcome o JOIN account g ON g.id = o.given_by
                WHERE o.person_id = ? ORDER BY o.id""").param(personId).query().listOfRows();
    }

    @Override
    public Set<Long> people() {
        return RecordQueries.people(jdbc, "SELECT DISTINCT person_id FROM personal_outcome");
    }

    @Override
    public Optional<Instant> lastChange(long personId) {
        return RecordQueries.latest(jdbc, "SELECT MAX(updated) FROM personal_outcome WHERE person_id = :id", personId);
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("DELETE FROM personal_outcome WHERE person_id = ?").param(personId).update();
    }
}
