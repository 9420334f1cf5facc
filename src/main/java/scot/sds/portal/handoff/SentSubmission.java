package scot.sds.portal.handoff;

import java.time.Instant;
import java.util.List;

/**
 * What a person sent, as they and their helpers see it afterwards: its reference, when, the pack itself and what
 * has happened to it since.
 *
 * @param status where the case is now
 */
public record SentSubmission(String reference, Instant sentAt, HandOffPack pack, CaseStatus status,
        List<TrackedStep> steps) {

    public SentSubmission {
        steps = List.copyOf(steps);
    }
}
