package scot.sds.portal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import scot.sds.portal.support.PortalTest;

/** V17 on a database that already has an audit trail: the head names its last entry, for chaining at start-up. */
@PortalTest
class AuditChainMigrationTest {

    private static final String DATABASE = "sds_audit_before_chain";

    @Autowired
    DataSource dataSource;

    @Test
    void an_existing_trail_is_left_for_the_portal_to_chain_and_is_protected_at_once() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String portalDatabase = connection.getCatalog();
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            jdbc.execute("CREATE DATABASE " + DATABASE);
            try {
                jdbc.execute("USE " + DATABASE);
                migrate(jdbc, "16");
                jdbc.update("INSERT INTO audit_entry (happened_at, actor_id, person_id, action, allowed, reason)"
                        + " VALUES (NOW(6), 1, 2, 'VIEW_RECORD', TRUE, 'staff'), (NOW(6), 2, 2, 'EDIT', TRUE, 'own')");
                migrate(jdbc, "latest");

                Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_chain_head");
                assertThat(head.get("last_entry_id")).isNull();
                assertThat(head.get("last_hash")).isEqualTo(AuditChainHead.GENESIS);
                assertThat(head.get("legacy_up_to")).isEqualTo(2L);
                assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor_id = 3 WHERE id = 1"))
                        .hasMessageContaining("The audit trail cannot be changed");
                assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = 2"))
                        .hasMessageContaining("The audit trail cannot be deleted");
            } finally {
                jdbc.execute("DROP DATABASE " + DATABASE);
                jdbc.execute("USE " + portalDatabase);
            }
        }
    }

    private static void migrate(JdbcTemplate jdbc, String target) {
        Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").target(target)
                .load().migrate();
    }
}
