package scot.sds.portal.outcomes;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/** The outcomes that matter to the person, with the national outcomes each serves. */
@Component
class OutcomeRecords extends QueriedRecords {

    OutcomeRecords(JdbcClient jdbc) {
        super(jdbc, "outcomes", new Queries("""
                SELECT o.talking_point AS talkingPoint, o.own_words AS ownWords, o.priority,
                       o.how_will_i_know AS howWillIKnow,
                       (SELECT GROUP_CONCAT(n.national_outcome ORDER BY n.national_outcome SEPARATOR ', ')
                        FROM personal_outcome_national n WHERE n.outcome_id = o.id) AS nationalOutcomes,
                       o.voice, g.display_name AS givenBy, o.given_as AS givenAs, o.updated AS changedAt
                FROM personal_outcome o JOIN account g ON g.id = o.given_by
                WHERE o.person_id = :id ORDER BY o.id""",
                "SELECT DISTINCT person_id FROM personal_outcome",
                "SELECT MAX(updated) FROM personal_outcome WHERE person_id = :id",
                List.of("DELETE FROM personal_outcome WHERE person_id = :id")));
    }
}
