package scot.sds.portal.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.signIn;
import static scot.sds.portal.support.People.signOut;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.SubmissionService;
import scot.sds.portal.providers.ProblemReportService;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.shared.records.PersonalRecordKeeper;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The council's retention rules delete what has passed its time, and nothing else: the proof of a deletion is that
 * the person's words are in no column of any table, and their id in no table but the account and the audit trail.
 */
@PortalTest
class RetentionTest {

    /** Longer than the twelve months of the rules file, for drafts and closed cases. */
    private static final Duration THIRTEEN_MONTHS = Duration.ofDays(13 * 31);
    private static final Duration ELEVEN_MONTHS = Duration.ofDays(11 * 30);

    /** Where a person's id may stay after everything of theirs is deleted: their account and who looked. */
    private static final List<String> KEPT = List.of("account", "account_role", "audit_entry");
    private static final List<String> PERSON_COLUMNS = List.of("id", "person_id", "helper_id", "given_by",
            "added_by", "reported_by", "submitted_by", "actor_id", "account_id");

    @Autowired
    Retention retention;

    @Autowired
    ApplicationContext portal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionService submissions;

    @Autowired
    CaseworkService casework;

    @Autowired
    ProblemReportService problems;

    @AfterEach
    void nobodySignedIn() {
        signOut();
    }

    @Test
    void drafts_never_sent_go_from_every_table_once_unchanged_for_their_time_and_not_before() {
        PersonWithEverything.Made made = new PersonWithEverything(portal).make("Eilidh");
        long person = made.person().id();
        assertThat(tablesHolding(made.words())).contains("answer", "personal_outcome", "option_preference",
                "problem_report");

        retention.apply(Instant.now().plus(ELEVEN_MONTHS));
        assertThat(tablesHolding(made.words())).contains("answer", "personal_outcome", "option_preference");
        assertThat(tablesReferring(person)).contains("assessment", "shortlist_entry", "relationship");

        Map<String, Integer> deleted = retention.apply(Instant.now().plus(THIRTEEN_MONTHS));

        assertThat(deleted.get(Retention.DRAFTS_NEVER_SENT)).isPositive();
        assertThat(tablesHolding(made.words())).isEmpty();
        assertThat(tablesReferring(person)).isSubsetOf(KEPT).contains("account");
    }

    @Test
    void what_was_sent_stays_while_the_case_is_open_and_goes_once_closed_for_its_time() {
        PersonWithEverything.Made made = new PersonWithEverything(portal).make("Fiona");
        String reference = submissions.send(made.person().id(), Locale.ENGLISH).sent().orElseThrow().reference();
        AccountSummary staff = new People(portal.getBean(AccountService.class),
                portal.getBean(RelationshipService.class)).account("Ruaridh", Role.STAFF);
        signIn(staff);
        casework.write(reference, made.words() + " message", false);

        retention.apply(Instant.now().plus(THIRTEEN_MONTHS));
        assertThat(tablesHolding(made.words())).contains("submission", "case_event", "answer");

        assertThat(casework.close(reference, "Support arranged")).isEmpty();
        retention.apply(Instant.now().plus(THIRTEEN_MONTHS));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE reference = ?").param(reference)
                .query(Long.class).single()).isZero();
        assertThat(tablesHolding(made.words())).doesNotContain("submission", "case_event");
    }

    @Test
    void a_report_dealt_with_goes_after_its_time_and_one_waiting_stays() {
        PersonWithEverything.Made made = new PersonWithEverything(portal).make("Kirsty");
        AccountSummary staff = new People(portal.getBean(AccountService.class),
                portal.getBean(RelationshipService.class)).account("Calum", Role.STAFF);
        signIn(staff);
        long report = problems.waiting().stream().filter(waiting -> (made.words() + " report")
                .equals(waiting.details())).findFirst().orElseThrow().id();
        problems.markDealtWith(report);

        retention.apply(Instant.now().plus(Duration.ofDays(5 * 30)));
        assertThat(reportsWith(made.words())).isOne();

        retention.apply(Instant.now().plus(Duration.ofDays(7 * 31)));
        assertThat(reportsWith(made.words())).isZero();
    }

    @Test
    void a_rule_for_a_record_type_nobody_keeps_stops_the_portal_starting() {
        RetentionRules rules = new RetentionRules(List.of(new RetentionRule("letters-on-paper", 12, "from printing")));
        List<PersonalRecordKeeper> keepers = List.copyOf(portal.getBeansOfType(PersonalRecordKeeper.class).values());

        assertThatThrownBy(() -> new Retention(keepers, rules, portal.getBean(TransactionTemplate.class)))
                .hasMessageContaining("letters-on-paper");
    }

    private long reportsWith(String words) {
        return jdbc.sql("SELECT COUNT(*) FROM problem_report WHERE details LIKE ?").param(words + "%")
                .query(Long.class).single();
    }

    /** Every table with a text column holding the words. */
    private List<String> tablesHolding(String words) {
        return columns("('char', 'varchar', 'text', 'mediumtext', 'longtext')").stream()
                .filter(column -> count(column, " LIKE ?", "%" + words + "%") > 0)
                .map(column -> column[0]).distinct().toList();
    }

    /** Every table with a column that names the person's account. */
    private List<String> tablesReferring(long person) {
        return columns("('bigint')").stream()
                .filter(column -> PERSON_COLUMNS.contains(column[1]))
                .filter(column -> !column[1].equals("id") || column[0].equals("account"))
                .filter(column -> count(column, " = ?", person) > 0)
                .map(column -> column[0]).distinct().toList();
    }

    private List<String[]> columns(String types) {
        return jdbc.sql("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND data_type IN " + types).query((row, number) -> new String[] {row.getString(1),
                        row.getString(2)}).list();
    }

    private long count(String[] column, String condition, Object value) {
        return jdbc.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "`" + condition)
                .param(value).query(Long.class).single();
    }
}
