package scot.sds.portal.options;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/** The option the person would like, why, their mix and the indicative budget they were shown. */
@Component
class OptionRecords extends QueriedRecords {

    OptionRecords(JdbcClient jdbc) {
        super(jdbc, "option-preference", new Queries("""
                SELECT p.preference, p.reasons, p.mix, p.budget_shown AS budgetShown, g.display_name AS givenBy,
                       p.given_as AS givenAs, p.updated AS changedAt
                FROM option_preference p JOIN account g ON g.id = p.given_by
                WHERE p.person_id = :id""",
                "SELECT person_id FROM option_preference",
                "SELECT MAX(updated) FROM option_preference WHERE person_id = :id",
                List.of("DELETE FROM option_preference WHERE person_id = :id")));
    }
}
