package scot.sds.portal.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/** The account itself: name, email, roles, how the person signs in. It stays, so the person can still sign in. */
@Component
class AccountRecords extends QueriedRecords {

    AccountRecords(JdbcClient jdbc) {
        super(jdbc, "account", new Queries("""
                SELECT a.display_name AS name, a.email, a.created_at AS createdAt, a.easy_read AS easyRead,
                       (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ')
                        FROM account_role r WHERE r.account_id = a.id) AS roles,
                       a.external_subject IS NOT NULL AS signsInElsewhere
                FROM account a WHERE a.id = :id""", null, null, List.of()));
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return super.export(personId).stream().map(AccountRecords::withYesOrNo).toList();
    }

    /** MariaDB answers a comparison with a number. */
    private static Map<String, Object> withYesOrNo(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put("signsInElsewhere", ((Number) row.get("signsInElsewhere")).intValue() == 1);
        return copy;
    }
}
