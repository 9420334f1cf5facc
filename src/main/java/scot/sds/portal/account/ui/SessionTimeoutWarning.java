package scot.sds.portal.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.shared.Paths;

/**
 * Warns a signed-in person, {@code warningBefore} ahead, that the portal will sign them out after the session's idle
 * time (WCAG 2.2.1): a modal alert dialog, its "Stay signed in" button focused so that one key press keeps them
 * signed in. When the time runs out the page goes to the signed-out page, where the server ends the session.
 *
 * <p>The browser counts the time, from the page load or the last round trip to the server: the same requests the
 * server counts ({@code IdleSignOut}), and not the heartbeats, which say only that the page is open. Showing the
 * dialog sends nothing to the server, as that would count as use: it is a native {@code <dialog>} opened in the
 * browser.
 */
@Tag("dialog")
class SessionTimeoutWarning extends Component implements LocaleChangeObserver {

    private static final String SCRIPT = script();
    private static final String HEADING_ID = "session-warning-heading";
    private static final String TIME_LEFT_ID = "session-warning-time-left";
    private static final String ANSWERS_ID = "session-warning-answers";

    private final Duration warnAfter;
    private final Duration timeUpAfter;
    private final H2 heading = new H2();
    private final Paragraph timeLeft = new Paragraph();
    private final Paragraph answersKept = new Paragraph();
    private final Button staySignedIn = new Button();

    /**
     * @param idleTime how long the server lets a session go unused
     * @param warningBefore how long before the end to warn; the whole time if that is shorter
     */
    SessionTimeoutWarning(Duration idleTime, Duration warningBefore) {
        this.timeUpAfter = idleTime;
        this.warnAfter = idleTime.compareTo(warningBefore) > 0 ? idleTime.minus(warningBefore) : Duration.ZERO;
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-labelledby", HEADING_ID);
        getElement().setAttribute("aria-describedby", String.join(" ", TIME_LEFT_ID, ANSWERS_ID));
        getElement().setAttribute("class", "session-warning");
        heading.setId(HEADING_ID);
        timeLeft.setId(TIME_LEFT_ID);
        answersKept.setId(ANSWERS_ID);
        staySignedIn.addClassName("stay-signed-in");
        staySignedIn.addThemeVariants(ButtonVariant.PRIMARY);
        // Nothing to do here: the click's round trip to the server is itself the use that keeps the session, and
        // restarts the count as every round trip does (SessionTimeoutBanner).
        staySignedIn.addClickListener(click -> { });
        getElement().appendChild(heading.getElement(), timeLeft.getElement(), answersKept.getElement(),
                staySignedIn.getElement());
    }

    /** The warning on a page, if the person is signed in there. */
    static Optional<SessionTimeoutWarning> on(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, SessionTimeoutWarning.class));
    }

    /** Starts counting again after a round trip to the server, and closes the dialog if it shows. */
    void restart() {
        getElement().executeJs("this.restartTimers(true)");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ComponentUtil.setData(attachEvent.getUI(), SessionTimeoutWarning.class, this);
        getElement().executeJs(SCRIPT, warnAfter.toMillis(), timeUpAfter.toMillis(), Paths.href(Paths.SIGNED_OUT));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        ComponentUtil.setData(detachEvent.getUI(), SessionTimeoutWarning.class, null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        long minutes = Math.max(1, timeUpAfter.minus(warnAfter).toMinutes());
        heading.setText(getTranslation("session.warning.title"));
        timeLeft.setText(getTranslation("session.warning.time-left", Map.of("minutes", minutes)));
        answersKept.setText(getTranslation("session.warning.answers-kept"));
        staySignedIn.setText(getTranslation("session.warning.stay"));
    }

    /** The browser's side, in a file of its own beside this class. */
    private static String script() {
        Class<SessionTimeoutWarning> self = SessionTimeoutWarning.class;
        try (InputStream stream = self.getResourceAsStream(self.getSimpleName() + ".js")) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
