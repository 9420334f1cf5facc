package scot.sds.portal.options;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.PersonalRecordKeeper;
import scot.sds.portal.shared.records.RecordQueries;

/** The option the person would like, why, their mix and the indicative budget they were shown. */
@Component
class OptionRecords implements PersonalRecordKeeper {

    private final JdbcClient jdbc;

    OptionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "option-preference";
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return jdbc.sql("""
                SELECT p.preference, p.reasons, p.mix, p.budget_shown AS budgetShown, g.display_name AS givenBy,
                       p.given_as AS givenAs, p.updated AS changedAt
                FROM option_preference p JOIN account g ON g.id = p.given_by
                WHERE p.person_id = ?""").param(personId).query().listOfRows();
    }

    @Override
    public Set<Long> people() {
        return RecordQueries.people(jdbc, "SELECT person_id FROM option_preference");
    }

    @Override
    public Optional<Instant> lastChange(long personId) {
        return RecordQueries.latest(jdbc, "SELECT MAX(updated) FROM option_preference WHERE person_id = :id", personId);
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("DELETE FROM option_preference WHERE person_id = ?").param(personId).update();
    }
}
