package scot.sds.portal.assessment.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import scot.sds.portal.assessment.Voice;

/**
 * Whose words a helper is writing down for the person they act for: asked once, kept for the session, shown on
 * every question page with a way to change it. The person themselves always answers in their own words.
 */
final class AnsweringVoice {

    private AnsweringVoice() {}

    static Optional<Voice> chosenFor(long personId) {
        return Optional.ofNullable((Voice) VaadinSession.getCurrent().getAttribute(key(personId)));
    }

    static void choose(long personId, Voice voice) {
        VaadinSession.getCurrent().setAttribute(key(personId), voice);
    }

    private static String key(long personId) {
        return AnsweringVoice.class.getName() + "." + personId;
    }
}
