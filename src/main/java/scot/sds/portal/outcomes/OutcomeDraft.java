package scot.sds.portal.outcomes;

import java.util.Set;

/**
 * An outcome as someone wrote it on the page.
 *
 * @param talkingPoint the Talking Points outcome chosen, or {@code null} for one wholly in the person's own words
 * @param national for an outcome in the person's own words, the national outcomes it serves; a Talking Points
 *     outcome has its own
 */
public record OutcomeDraft(String talkingPoint, String ownWords, Priority priority, String howWillIKnow,
        Set<NationalOutcome> national) {

    public OutcomeDraft {
        national = national == null ? Set.of() : Set.copyOf(national);
    }
}
