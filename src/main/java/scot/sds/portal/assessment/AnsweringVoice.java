package scot.sds.portal.assessment;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Whose words a helper is writing down for the person they act for: asked once, kept for the session, shown on
 * every question page with a way to change it. Outcomes are recorded with the same choice. The person
 * themselves always answers in their own words.
 */
public final class AnsweringVoice {

    private AnsweringVoice() {}

    public static Optional<Voice> chosenFor(long personId) {
        return Optional.ofNullable((Voice) VaadinSession.getCurrent().getAttribute(key(personId)));
    }

    public static void choose(long personId, Voice voice) {
        VaadinSession.getCurrent().setAttribute(key(personId), voice);
    }

    private static String key(long personId) {
        return AnsweringVoice.class.getName() + "." + personId;
    }
}
