package scot.sds.portal.support;

import com.microsoft.playwright.BrowserContext;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The server's side of a browser's session, for tests in which time passes that the server cannot be told about:
 * the browser's session cookie and the HTTP session it names in the running portal.
 */
public final class ServerSessions {

    public static final String COOKIE = "JSESSIONID";

    private final Manager manager;

    public ServerSessions(WebServerApplicationContext portal) {
        TomcatWebServer server = (TomcatWebServer) portal.getWebServer();
        this.manager = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** The session id the browser holds now, if it holds one. */
    public static Optional<String> sessionId(BrowserContext browser) {
        return browser.cookies().stream().filter(cookie -> COOKIE.equals(cookie.name)).map(cookie -> cookie.value)
                .findFirst();
    }

    public static String cookieHeader(String sessionId) {
        return COOKIE + "=" + sessionId;
    }

    /** The live HTTP session of that id; empty once it has ended. */
    public Optional<HttpSession> session(String sessionId) {
        try {
            Session session = manager.findSession(sessionId);
            return session == null || !session.isValid() ? Optional.empty() : Optional.of(session.getSession());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session the browser holds now, which must be live. */
    public HttpSession of(BrowserContext browser) {
        String id = sessionId(browser).orElseThrow(() -> new AssertionError("The browser holds no session cookie"));
        return session(id).orElseThrow(() -> new AssertionError("The browser's session " + id + " has ended"));
    }
}
