package scot.sds.portal.handoff;

import java.time.Instant;
import java.util.List;

/**
 * A submission as the staff queue lists it.
 *
 * @param assignedTo the name of the member of staff working on it, or {@code null}
 * @param flags ids of the flags its answers raise, each named by the message {@code handoff.flag.<id>}
 */
public record CaseSummary(String reference, String personName, Instant sentAt, CaseStatus status, String assignedTo,
        List<String> flags) {

    public CaseSummary {
        flags = List.copyOf(flags);
    }
}
