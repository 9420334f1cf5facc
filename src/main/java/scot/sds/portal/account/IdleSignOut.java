package scot.sds.portal.account;

import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import scot.sds.portal.shared.Paths;

/**
 * Signs a person out once they have done nothing for the session's idle time ({@code server.servlet.session.timeout}),
 * even while their page stays open. The servlet container counts every request as use, including the heartbeat an
 * open page sends every few minutes, and Vaadin's closing of idle sessions ({@code vaadin.closeIdleSessions}) ends
 * its screens but keeps the sign-in. So the portal notes the time of every request that is not a heartbeat, and at
 * the next such request ends the whole session, before anything reads it, once that time is too long ago.
 * Heartbeats are let through untouched: ending the session on one would make the page reload at once, before it
 * could go to the signed-out page that says why.
 *
 * <p>The signed-out page, where a page's own count sends the person when their time runs out, ends it from the
 * moment the warning was due: no later request can have come from that page, and a link to it from elsewhere
 * cannot sign out someone who is busy.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class IdleSignOut extends OncePerRequestFilter {

    static final String LAST_USED = IdleSignOut.class.getName() + ".lastUsed";
    /** WCAG 2.2.1 asks for a warning and at least 20 seconds to extend; people who read slowly need far more. */
    static final Duration LEAST_WARNING = Duration.ofMinutes(2);

    private final Clock clock;
    private final Duration warningBefore;

    IdleSignOut(Clock clock, @Value("${portal.session.warning-before}") Duration warningBefore) {
        if (warningBefore.compareTo(LEAST_WARNING) < 0) {
            throw new IllegalStateException("portal.session.warning-before must be at least " + LEAST_WARNING);
        }
        this.clock = clock;
        this.warningBefore = warningBefore;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isHeartbeat(request)) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        HttpSession session = request.getSession(false);
        if (session != null && idleTooLong(session, request, now)) {
            session.invalidate();
        }
        noteUse(request, now);
        try {
            chain.doFilter(request, response);
        } finally {
            // A session this request started, or the new one signing in gives.
            noteUse(request, now);
        }
    }

    private static void noteUse(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(LAST_USED, now);
        }
    }

    private boolean idleTooLong(HttpSession session, HttpServletRequest request, Instant now) {
        // A session set never to time out (zero or less) is left alone.
        if (!(session.getAttribute(LAST_USED) instanceof Instant lastUsed) || session.getMaxInactiveInterval() <= 0) {
            return false;
        }
        Duration allowed = Duration.ofSeconds(session.getMaxInactiveInterval());
        if (isSignedOutPage(request)) {
            allowed = allowed.minus(warningBefore);
        }
        return !lastUsed.plus(allowed).isAfter(now);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return RequestType.HEARTBEAT.getIdentifier()
                .equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }

    private static boolean isSignedOutPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Paths.href(Paths.SIGNED_OUT).equals(path);
    }
}
