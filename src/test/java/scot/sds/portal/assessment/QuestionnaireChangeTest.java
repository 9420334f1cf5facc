package scot.sds.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.signIn;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.Sha256;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The council changes its questionnaire file (here a version 2 with a question about pets, and one that follows
 * only if the person has a pet): new assessments follow it with no change of code, and an assessment answered
 * before keeps the version it was answered with. The changed file is given to the same classes the portal builds
 * from {@code portal.questionnaire}, here by hand: a second Spring context in this JVM would install a second
 * security-context strategy and confuse the first context's requests.
 */
@PortalTest
class QuestionnaireChangeTest {

    static final String CHANGED_FILE = "questionnaires/pre-assessment-with-pets.json";

    @Autowired
    AccessGuard guard;

    @Autowired
    AssessmentRepository assessmentRepository;

    @Autowired
    AnswerRepository answerRepository;

    @Autowired
    QuestionnaireVersionRepository versionRepository;

    @Autowired
    Clock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @Autowired
    JdbcTemplate jdbc;

    private QuestionnaireVersions versions;
    private AssessmentService assessments;

    @BeforeEach
    void councilChangedItsFile() {
        versions = new QuestionnaireVersions(versionRepository, clock, new ClassPathResource(CHANGED_FILE));
        versions.register();
        assessments = new AssessmentService(guard, assessmentRepository, answerRepository, versions, accounts, clock);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_new_assessment_follows_the_changed_file_and_its_condition() {
        AccountSummary rhona = new People(accounts, relationships).account("Rhona", Role.PERSON);
        signIn(rhona);

        AssessmentView view = assessments.view(rhona.id());
        assertThat(view.questionnaire().version()).isEqualTo(2);
        assertThat(view.asks("has-pet")).isTrue();
        assertThat(view.asks("pet-care")).isFalse();

        view = assessments.answer(rhona.id(), "living-situation", Voice.OWN_WORDS, AnswerInput.of("with-family"))
                .saved().orElseThrow();
        assertThat(view.nextInSection("living-situation")).map(Question::id).contains("has-pet");
        view = assessments.answer(rhona.id(), "has-pet", Voice.OWN_WORDS, AnswerInput.of("yes"))
                .saved().orElseThrow();
        assertThat(view.nextInSection("has-pet")).map(Question::id).contains("pet-care");
        view = assessments.answer(rhona.id(), "has-pet", Voice.OWN_WORDS, AnswerInput.of("no"))
                .saved().orElseThrow();
        assertThat(view.asks("pet-care")).isFalse();
    }

    @Test
    void an_assessment_answered_before_the_change_keeps_its_version_and_answers() throws IOException {
        AccountSummary morag = new People(accounts, relationships).account("Morag", Role.PERSON);
        long versionOne = storedVersionOne();
        long assessmentId = startedBefore(morag.id(), versionOne);
        jdbc.update("INSERT INTO answer (assessment_id, question, voice, kind, answer_value, given_by, given_as,"
                + " given_at) VALUES (?, 'living-situation', 'OWN_WORDS', 'GIVEN', '[\"alone\"]', ?, 'PERSON', ?)",
                assessmentId, morag.id(), Instant.parse("2026-10-01T10:00:00Z"));
        signIn(morag);

        AssessmentView view = assessments.view(morag.id());
        assertThat(view.questionnaire().version()).isEqualTo(1);
        assertThat(view.questionnaire().question("has-pet")).isEmpty();
        assertThat(view.answersTo("living-situation").ownWords().orElseThrow().values()).containsExactly("alone");
        assertThat(view.nextInSection("living-situation")).map(Question::id).contains("help-nearby");

        view = assessments.answer(morag.id(), "help-nearby", Voice.OWN_WORDS, AnswerInput.of("yes"))
                .saved().orElseThrow();
        assertThat(view.questionnaire().version()).isEqualTo(1);
        assertThatThrownBy(() -> assessments.answer(morag.id(), "has-pet", Voice.OWN_WORDS, AnswerInput.of("yes")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_file_changed_without_a_new_version_number_is_refused() {
        String stored = jdbc.queryForObject("SELECT sha256 FROM questionnaire_version WHERE name = 'pre-assessment'"
                + " AND version = 2", String.class);
        jdbc.update("UPDATE questionnaire_version SET sha256 = ? WHERE name = 'pre-assessment' AND version = 2",
                "0".repeat(64));
        try {
            assertThatThrownBy(versions::register).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("give the changed file a new version number");
        } finally {
            jdbc.update("UPDATE questionnaire_version SET sha256 = ? WHERE name = 'pre-assessment' AND version = 2",
                    stored);
        }
    }

    /** Version 1 as the portal stored it when it was the council's file. */
    private long storedVersionOne() throws IOException {
        String content = Files.readString(QuestionnaireTest.COUNCIL_FILE);
        List<Long> ids = jdbc.queryForList("SELECT id FROM questionnaire_version WHERE name = 'pre-assessment'"
                + " AND version = 1", Long.class);
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        jdbc.update("INSERT INTO questionnaire_version (name, version, content, sha256, first_used)"
                + " VALUES ('pre-assessment', 1, ?, ?, ?)", content, Sha256.hex(content), Instant.now());
        return jdbc.queryForObject("SELECT id FROM questionnaire_version WHERE name = 'pre-assessment'"
                + " AND version = 1", Long.class);
    }

    private long startedBefore(long personId, long versionId) {
        Instant before = Instant.parse("2026-10-01T09:00:00Z");
        jdbc.update("INSERT INTO assessment (person_id, questionnaire_version_id, status, started, updated)"
                + " VALUES (?, ?, 'DRAFT', ?, ?)", personId, versionId, before, before);
        return jdbc.queryForObject("SELECT MAX(id) FROM assessment WHERE person_id = ?", Long.class, personId);
    }
}
