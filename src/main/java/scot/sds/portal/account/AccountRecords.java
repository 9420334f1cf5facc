package scot.sds.portal.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.PersonalRecordKeeper;

/** The account itself: name, email, roles, how the person signs in. It stays, so the person can still sign in. */
@Component
class AccountRecords implements PersonalRecordKeeper {

    private final JdbcClient jdbc;

    AccountRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "account";
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return jdbc.sql("""
                SELECT a.display_name AS name, a.email, a.created_at AS createdAt, a.easy_read AS easyRead,
                       (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ')
                        FROM account_role r WHERE r.account_id = a.id) AS roles,
                       a.external_subject IS NOT NULL AS signsInElsewhere
                FROM account a WHERE a.id = ?""").param(personId).query().listOfRows().stream()
                .map(AccountRecords::withYesOrNo).toList();
    }

    /** MariaDB answers a comparison with a number. */
    private static Map<String, Object> withYesOrNo(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put("signsInElsewhere", ((Number) row.get("signsInElsewhere")).intValue() == 1);
        return copy;
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
}
