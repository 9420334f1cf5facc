package scot.sds.portal.assessment;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/**
 * The person's answers, in their own words and in their helpers' view, with who gave each and when. Erasing the
 * assessment takes its answers with it (ON DELETE CASCADE).
 */
@Component
class AssessmentRecords extends QueriedRecords {

    AssessmentRecords(JdbcClient jdbc) {
        super(jdbc, "answers", new Queries("""
                SELECT q.name AS questionnaire, q.version AS questionnaireVersion, s.status AS assessmentStatus,
                       a.question, a.voice, a.kind, a.answer_value AS answer, g.display_name AS givenBy,
                       a.given_as AS givenAs, a.given_at AS givenAt
                FROM assessment s JOIN questionnaire_version q ON q.id = s.questionnaire_version_id
                JOIN answer a ON a.assessment_id = s.id JOIN account g ON g.id = a.given_by
                WHERE s.person_id = :id ORDER BY s.id, a.given_at, a.id""",
                "SELECT DISTINCT person_id FROM assessment",
                "SELECT MAX(updated) FROM assessment WHERE person_id = :id",
                List.of("DELETE FROM assessment WHERE person_id = :id")));
    }
}
