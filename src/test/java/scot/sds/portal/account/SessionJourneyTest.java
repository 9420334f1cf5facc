package scot.sds.portal.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.PlainHttp;
import scot.sds.portal.support.ServerSessions;
import scot.sds.portal.support.Vaadin;

/**
 * Sessions end safely: a warning well before the timeout that one key press answers, signing out when the time runs
 * out with every answer kept, a new session id at sign-in, and a sign-out that neither the back button nor the old
 * session cookie undoes. The browser's clock is moved on rather than waited for; the server's idea of when the
 * session was last used is moved back to match, as the server's clock cannot be moved.
 */
class SessionJourneyTest extends BrowserTest {

    private static final String PASSWORD = "harbour kettle lantern";
    /** The portal's settings: server.servlet.session.timeout and portal.session.warning-before. */
    private static final Duration IDLE_TIME = Duration.ofMinutes(30);
    private static final Duration WARNING_BEFORE = Duration.ofMinutes(5);
    private static final Duration A_LITTLE = Duration.ofSeconds(10);

    @Autowired
    private WebServerApplicationContext portal;

    @ParameterizedTest(name = "{0}, easy read {1}")
    @CsvSource({"en, false", "en, true", "ar, false"})
    void the_warning_comes_well_before_the_timeout_and_one_key_press_keeps_the_person_signed_in(String language,
            boolean easyRead) {
        page.clock().install();
        open(Paths.START + "?lang=" + language);
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        String email = uniqueEmail();
        createAccount(page, "Morag MacLeod", email, PASSWORD, 0);
        Locator warning = page.locator("dialog.session-warning");
        Locator staySignedIn = warning.locator("vaadin-button.stay-signed-in");

        page.clock().fastForward(IDLE_TIME.minus(WARNING_BEFORE).minus(A_LITTLE).toMillis());
        assertThat(warning).isHidden();
        page.clock().fastForward(A_LITTLE.toMillis());
        assertThat(warning).isVisible();
        assertThat(warning).hasAttribute("role", "alertdialog");
        assertThat(warning).hasAccessibleName(page.locator("#session-warning-heading").innerText());
        if (language.equals("en")) {
            assertThat(warning).containsText("sign you out in 5 minutes");
            assertThat(warning).containsText(easyRead ? "Your answers are saved" : "Your answers so far are saved");
        } else {
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        }
        assertThat(Keyboard.hasFocus(staySignedIn)).isTrue();
        Accessibility.assertNoViolations(page);

        // On the server, as long has passed as in the browser.
        ServerSessions sessions = new ServerSessions(portal);
        HttpSession session = sessions.of(context);
        Instant idleSince = Instant.now().minus(IDLE_TIME.minus(WARNING_BEFORE));
        session.setAttribute(IdleSignOut.LAST_USED, idleSince);

        page.keyboard().press("Enter");
        assertThat(warning).isHidden();
        assertThat((Instant) session.getAttribute(IdleSignOut.LAST_USED)).isAfter(idleSince.plus(WARNING_BEFORE));
        // The count starts again: past the time the person would have been signed out, nothing happens...
        page.clock().fastForward(WARNING_BEFORE.plus(A_LITTLE).toMillis());
        assertThat(page).hasURL(Pattern.compile("/" + Paths.YOUR_ACCOUNT + "$"));
        assertThat(warning).isHidden();
        assertThat(page.locator("main")).containsText(email);
        // ...until the new warning is due.
        page.clock().fastForward(IDLE_TIME.minus(WARNING_BEFORE).minus(WARNING_BEFORE).toMillis());
        assertThat(warning).isVisible();
    }

    @Test
    void when_the_time_runs_out_the_person_is_signed_out_and_their_answers_are_kept() {
        page.clock().install();
        String email = uniqueEmail();
        createAccount(page, "Ann Smith", email, PASSWORD, 0);
        open(Paths.ASSESSMENT);
        page.locator("main a.start-link").click();
        assertThat(page.locator("main h1")).hasText("What would you like us to call you?");
        page.locator("#answer textarea").fill("Annie");
        page.locator("#continue").click();
        assertThat(page.locator("main h1")).hasText("What is your date of birth?");
        Vaadin.waitUntilIdle(page);
        String sessionId = ServerSessions.sessionId(context).orElseThrow();

        new ServerSessions(portal).of(context).setAttribute(IdleSignOut.LAST_USED, Instant.now().minus(IDLE_TIME));
        page.clock().fastForward(IDLE_TIME.toMillis());

        page.waitForURL("**/" + Paths.SIGNED_OUT);
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("main h1")).hasText("You have been signed out");
        assertThat(page.locator("main")).containsText("had not used the portal for 30 minutes");
        assertThat(page.locator("main")).containsText("The answers you gave before are saved");
        assertThat(page.locator(".account-links")).not().containsText("Ann Smith");
        Accessibility.assertNoViolations(page);
        assertNotSignedIn(sessionId, email);

        page.locator("main a.start-link").click();
        page.waitForURL("**/" + Paths.SIGN_IN);
        signIn(page, email, PASSWORD);
        open(Paths.ASSESSMENT);
        page.locator("main a.start-link").filter(new Locator.FilterOptions()
                .setHasText("Continue where you left off")).click();
        assertThat(page.locator("main h1")).hasText("What is your date of birth?");
        open(Paths.ASSESSMENT_QUESTION + "/preferred-name");
        assertThat(page.locator("#answer textarea")).hasValue("Annie");
    }

    @ParameterizedTest(name = "easy read {0}, right to left {1}")
    @CsvSource({"false, en", "true, en", "false, ar"})
    void the_signed_out_page_reads_well_in_every_mode(boolean easyRead, String language) {
        open(Paths.SIGNED_OUT + "?lang=" + language);
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("main img").first()).isVisible();
        }
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void an_open_page_alone_does_not_keep_a_person_signed_in() {
        String email = uniqueEmail();
        createAccount(page, "Iain Stewart", email, PASSWORD, 1);
        String sessionId = ServerSessions.sessionId(context).orElseThrow();
        HttpSession session = new ServerSessions(portal).of(context);
        assertThat(page.locator("main")).containsText(email);

        Instant lastUsed = Instant.now().minus(IDLE_TIME.minus(A_LITTLE));
        session.setAttribute(IdleSignOut.LAST_USED, lastUsed);
        heartbeat(sessionId);
        assertThat(session.getAttribute(IdleSignOut.LAST_USED)).isEqualTo(lastUsed);

        session.setAttribute(IdleSignOut.LAST_USED, Instant.now().minus(IDLE_TIME));
        heartbeat(sessionId);
        assertNotSignedIn(sessionId, email);
    }

    @Test
    void a_link_to_the_signed_out_page_does_not_sign_out_someone_who_is_busy() {
        String email = uniqueEmail();
        createAccount(page, "Iain Stewart", email, PASSWORD, 1);
        open(Paths.SIGNED_OUT);
        assertThat(page).hasURL(Pattern.compile("/" + Paths.YOUR_ACCOUNT + "$"));
        assertSignedIn(ServerSessions.sessionId(context).orElseThrow(), email);
    }

    @Test
    void signing_in_starts_a_new_session_so_an_id_seen_before_is_worthless() {
        String email = uniqueEmail();
        createAccount(page, "Iain Stewart", email, PASSWORD, 1);
        context.clearCookies();
        open(Paths.SIGN_IN);
        String before = ServerSessions.sessionId(context).orElseThrow();

        page.locator("#sign-in-email input").fill(email);
        page.locator("#sign-in-password input").fill(PASSWORD);
        page.locator("#sign-in-password input").press("Enter");
        page.waitForURL("**/" + Paths.YOUR_ACCOUNT);
        Vaadin.waitUntilIdle(page);

        String after = ServerSessions.sessionId(context).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertSignedIn(after, email);
        assertNotSignedIn(before, email);
    }

    @Test
    void after_signing_out_neither_the_back_button_nor_the_old_cookie_shows_the_person_s_information() {
        String email = uniqueEmail();
        createAccount(page, "Iain Stewart", email, PASSWORD, 1);
        open(Paths.YOUR_ACCOUNT);
        assertThat(page.locator("main")).containsText(email);
        String sessionId = ServerSessions.sessionId(context).orElseThrow();

        page.locator(".account-links vaadin-button").click();
        assertThat(page.locator(".account-links")).containsText("Sign in");
        page.goBack();
        page.waitForLoadState();
        assertThat(page.locator("body")).not().containsText(email);
        assertThat(page).hasURL(Pattern.compile("/" + Paths.SIGN_IN + "$"));
        assertNotSignedIn(sessionId, email);
    }

    private void heartbeat(String sessionId) {
        PlainHttp.send("POST", url("?v-r=heartbeat&v-uiId=0"), "Cookie", ServerSessions.cookieHeader(sessionId));
    }

    /** Whether another browser given only this session's cookie is signed in: it sees the person's account. */
    private boolean signedIn(String sessionId, String email) {
        BrowserContext other = browserWithoutCookies();
        try {
            other.addCookies(List.of(new Cookie(ServerSessions.COOKIE, sessionId).setUrl(url(""))));
            Page otherPage = open(other.newPage(), Paths.YOUR_ACCOUNT);
            return otherPage.url().endsWith("/" + Paths.YOUR_ACCOUNT)
                    && otherPage.locator("main").innerText().contains(email);
        } finally {
            other.close();
        }
    }

    private void assertSignedIn(String sessionId, String email) {
        assertThat(signedIn(sessionId, email)).as("signed in with session " + sessionId).isTrue();
    }

    private void assertNotSignedIn(String sessionId, String email) {
        assertThat(signedIn(sessionId, email)).as("signed in with session " + sessionId).isFalse();
    }

    private static String uniqueEmail() {
        return "session-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
