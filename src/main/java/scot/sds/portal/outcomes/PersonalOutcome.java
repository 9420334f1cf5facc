package scot.sds.portal.outcomes;

import java.util.Optional;
import java.util.Set;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.assessment.Voice;

/**
 * A personal outcome as pages show it.
 *
 * @param talkingPoint the Talking Points outcome, if it is one
 * @param givenAs the helper's role if a helper wrote it, {@code null} if the person did
 */
public record PersonalOutcome(long id, Optional<TalkingPoint> talkingPoint, String ownWords, Priority priority,
        String howWillIKnow, Set<NationalOutcome> national, String givenByName, HelperRole givenAs, Voice voice) {

    /** Whether it is one of the carer's own outcomes rather than the person's. */
    public boolean forCarer() {
        return talkingPoint.map(TalkingPoint::forCarers).orElse(false);
    }

    public OutcomeDraft draft() {
        return new OutcomeDraft(talkingPoint.map(TalkingPoint::id).orElse(null), ownWords, priority, howWillIKnow,
                national);
    }
}
