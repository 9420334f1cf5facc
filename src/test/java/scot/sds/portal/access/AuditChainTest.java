package scot.sds.portal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The audit trail's hash chain and the database's refusal to change it. Tests that tamper with a row drop the
 * trigger that protects it, tamper, check, put the row back exactly and create the trigger again from its own
 * definition.
 */
@PortalTest
class AuditChainTest {

    private static final String NO_UPDATE = "audit_entry_is_append_only";
    private static final String NO_DELETE = "audit_entry_is_kept";

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditChain chain;

    @Autowired
    VerifyAuditCommand command;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditRecords auditRecords;

    @Autowired
    TransactionTemplate transaction;

    private AccountSummary person;
    private AccountSummary carer;
    private long relationshipEntry;

    /** Normal use: a carer is invited and accepts, then looks at the person's record a few times. */
    @BeforeEach
    void normalUse() {
        People people = new People(accounts, relationships);
        person = people.account("Isla", Role.PERSON);
        carer = people.account("Rory", Role.CARER);
        long relationship = people.helps(carer, person, consent(HelperRole.CARER, Scope.VIEW));
        relationshipEntry = jdbc.queryForObject("SELECT id FROM audit_entry WHERE relationship_id = ? AND action = ?",
                Long.class, relationship, AuditEvent.INVITATION_ACCEPTED.name());
        IntStream.range(0, 3).forEach(i -> auditTrail.write(carer.id(), person.id(), relationship,
                AuditEvent.LEGAL_AUTHORITY_VERIFIED));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_chain_verifies_after_normal_use_and_covers_every_entry() {
        AuditChainCheck check = chain.check();

        assertThat(check.intact()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(entryCount()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entry_hash IS NULL", Long.class))
                .isZero();
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("happened_at = happened_at + INTERVAL 1 SECOND",
                        "happened_at = happened_at - INTERVAL 1 SECOND"),
                Arguments.of("actor_id = actor_id + 1", "actor_id = actor_id - 1"),
                Arguments.of("person_id = person_id + 1", "person_id = person_id - 1"),
                Arguments.of("relationship_id = relationship_id + 1", "relationship_id = relationship_id - 1"),
                Arguments.of("action = 'HELPER_REVOKED'", "action = 'INVITATION_ACCEPTED'"),
                Arguments.of("allowed = NOT allowed", "allowed = NOT allowed"),
                Arguments.of("reason = 'invited'", "reason = 'event'"),
                Arguments.of("entry_hash = REVERSE(entry_hash)", "entry_hash = REVERSE(entry_hash)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void changing_any_field_directly_in_the_database_is_found_at_that_entry(String change, String undo) {
        withoutTrigger(NO_UPDATE, () -> {
            jdbc.update("UPDATE audit_entry SET " + change + " WHERE id = ?", relationshipEntry);
            try {
                assertThat(chain.check().firstBrokenEntryId()).isEqualTo(relationshipEntry);
            } finally {
                jdbc.update("UPDATE audit_entry SET " + undo + " WHERE id = ?", relationshipEntry);
            }
        });
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void deleting_an_entry_is_found_at_the_entry_after_it_or_at_the_head_for_the_last() {
        long next = jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE id > ?", Long.class, relationshipEntry);
        long last = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);

        withoutTrigger(NO_DELETE, () -> {
            deleteThenPutBack(relationshipEntry, () -> assertThat(chain.check().firstBrokenEntryId()).isEqualTo(next));
            deleteThenPutBack(last, () -> assertThat(chain.check().firstBrokenEntryId()).isEqualTo(last));
        });
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET reason = 'nothing' WHERE id = ?",
                relationshipEntry)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("The audit trail cannot be changed");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET entry_hash = REVERSE(entry_hash) WHERE id = ?",
                relationshipEntry)).hasMessageContaining("The audit trail cannot be changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", relationshipEntry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("The audit trail cannot be deleted");
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void the_retention_rule_deletes_the_oldest_entries_from_the_front_and_the_rest_still_verifies() {
        Instant firstKept = jdbc.queryForObject("SELECT happened_at FROM audit_entry WHERE id = ?", Timestamp.class,
                relationshipEntry).toInstant();
        long older = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE id < ?", Long.class,
                relationshipEntry);

        int deleted = transaction.execute(status -> auditRecords.expire(firstKept));

        assertThat(deleted).isEqualTo(older).isPositive();
        assertThat(jdbc.queryForObject("SELECT MIN(id) FROM audit_entry", Long.class)).isEqualTo(relationshipEntry);
        assertThat(chain.check().intact()).isTrue();
        Integer again = transaction.execute(status -> auditRecords.expire(firstKept));
        assertThat(again).isZero();
        // Only the front may go: what is kept is still refused deletion, and what comes next still chains.
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", relationshipEntry))
                .hasMessageContaining("The audit trail cannot be deleted");
        auditTrail.write(carer.id(), person.id(), null, AuditEvent.HELPER_REVOKED);
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void entries_written_at_once_from_several_threads_make_one_chain() throws Exception {
        long before = entryCount();
        int threads = 4;
        int each = 25;
        CyclicBarrier start = new CyclicBarrier(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> writers = IntStream.range(0, threads).<Future<?>>mapToObj(t -> pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    auditTrail.write(carer.id(), person.id(), null, AuditEvent.HELPER_REVOKED);
                }
                return null;
            })).toList();
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        AuditChainCheck check = chain.check();
        assertThat(check.intact()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(before + threads * each).isEqualTo(entryCount());
    }

    @Test
    void entries_written_before_the_chain_began_are_chained_at_start_up() {
        // As V17 leaves an existing trail: entries without a hash, and the head naming the last of them.
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO audit_entry (happened_at, actor_id, person_id, relationship_id, action, allowed,"
                    + " reason) VALUES (NOW(6), ?, ?, NULL, 'VIEW_RECORD', TRUE, 'staff')", carer.id(), person.id());
        }
        long firstLegacy = jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE entry_hash IS NULL", Long.class);
        jdbc.update("UPDATE audit_chain_head SET legacy_up_to = (SELECT MAX(id) FROM audit_entry)");
        assertThat(chain.check().firstBrokenEntryId()).isEqualTo(firstLegacy);

        chain.chainLegacyEntries();
        auditTrail.write(carer.id(), person.id(), null, AuditEvent.HELPER_REVOKED);

        assertThat(chain.check().intact()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entry_hash IS NULL", Long.class))
                .isZero();
    }

    @Test
    void the_command_prints_what_it_checked_and_exits_0_if_intact_and_1_with_the_broken_entry_if_not() {
        Output intact = verifyCommand();
        assertThat(intact.status()).isZero();
        assertThat(intact.text()).isEqualTo(entryCount() + " audit entries checked\naudit chain intact\n");

        withoutTrigger(NO_UPDATE, () -> {
            jdbc.update("UPDATE audit_entry SET actor_id = actor_id + 1 WHERE id = ?", relationshipEntry);
            try {
                Output broken = verifyCommand();
                assertThat(broken.status()).isEqualTo(1);
                assertThat(broken.text()).endsWith("audit chain broken at entry " + relationshipEntry + "\n");
            } finally {
                jdbc.update("UPDATE audit_entry SET actor_id = actor_id - 1 WHERE id = ?", relationshipEntry);
            }
        });
    }

    @Test
    void only_staff_may_verify_the_chain_through_the_service() {
        People.signIn(person);
        assertThatThrownBy(auditTrail::verify).isInstanceOf(NotPermittedException.class);

        People.signIn(new People(accounts, relationships).account("Morag", Role.STAFF));
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    private record Output(int status, String text) {}

    private Output verifyCommand() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = command.verify(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    private long entryCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
    }

    /** Runs the tampering with the trigger dropped, then creates the trigger again exactly as it was. */
    private void withoutTrigger(String trigger, Runnable tampering) {
        String definition = jdbc.queryForObject("SHOW CREATE TRIGGER " + trigger,
                (row, n) -> row.getString("SQL Original Statement"));
        jdbc.execute("DROP TRIGGER " + trigger);
        try {
            tampering.run();
        } finally {
            jdbc.execute(definition);
        }
    }

    /** Deletes the entry, checks, and puts back the same row, byte for byte. */
    private void deleteThenPutBack(long id, Runnable check) {
        jdbc.execute("CREATE TABLE audit_entry_deleted AS SELECT * FROM audit_entry WHERE id = " + id);
        try {
            jdbc.update("DELETE FROM audit_entry WHERE id = ?", id);
            check.run();
        } finally {
            jdbc.update("INSERT INTO audit_entry SELECT * FROM audit_entry_deleted");
            jdbc.execute("DROP TABLE audit_entry_deleted");
        }
    }
}
