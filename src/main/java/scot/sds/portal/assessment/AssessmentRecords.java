package scot.sds.portal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.PersonalRecordKeeper;
import scot.sds.portal.shared.records.RecordQueries;

/** The person's answers, in their own words and in their helpers' view, with who gave each and when. */
@Component
class AssessmentRecords implements PersonalRecordKeeper {

    private final JdbcClient jdbc;

    AssessmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "answers";
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return jdbc.sql("""
                SELECT q.name AS questionnaire, q.version AS questionnaireVersion, s.status AS assessmentStatus,
                       a.question, a.voice, a.kind, a.answer_value AS answer, g.display_name AS givenBy,
                       a.given_as AS givenAs, a.given_at AS givenAt
                FROM assessment s JOIN questionnaire_version q ON q.id = s.questionnaire_version_id
                JOIN answer a ON a.assessment_id = s.id JOIN account g ON g.id = a.given_by
                WHERE s.person_id = ? ORDER BY s.id, a.given_at, a.id""").param(personId).query().listOfRows();
    }

    @Override
    public Set<Long> people() {
        return RecordQueries.people(jdbc, "SELECT DISTINCT person_id FROM assessment");
    }

    @Override
    public Optional<Instant> lastChange(long personId) {
        return RecordQueries.latest(jdbc, "SELECT MAX(updated) FROM assessment WHERE person_id = :id", personId);
    }

    @Override
    public void erase(long personId) {
        // The answers go with their assessment (ON DELETE CASCADE).
        jdbc.sql("DELETE FROM assessment WHERE person_id = ?").param(personId).update();
    }
}
