package scot.sds.portal.providers;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;

/**
 * The services a person has shortlisted, in the order they added them, kept with their assessment. Through the
 * access check, like every read and write of a person's data.
 */
@Service
@Transactional
public class ShortlistService {

    /** Enough to compare and to talk through with the council; more would not help anyone choose. */
    public static final int MOST = 10;

    private final AccessGuard guard;
    private final ShortlistRepository shortlist;
    private final DirectorySearch directory;
    private final Clock clock;

    ShortlistService(AccessGuard guard, ShortlistRepository shortlist, DirectorySearch directory, Clock clock) {
        this.guard = guard;
        this.shortlist = shortlist;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ServiceSummary> shortlist(long personId) {
        guard.require(personId, Action.VIEW_RECORD);
        return directory.services(shortlist.findByPersonIdOrderByIdAsc(personId).stream()
                .map(ShortlistEntry::serviceId).toList());
    }

    /**
     * Adds a service once; adding it again changes nothing. Refused for a service not in the directory, or when the
     * shortlist is full.
     */
    public void add(long personId, long serviceId) {
        AccessDecision decision = guard.require(personId, Action.CHANGE_ANSWERS);
        if (directory.service(serviceId).isEmpty()) {
            throw new IllegalArgumentException("No service " + serviceId + " in the directory");
        }
        if (shortlist.existsByPersonIdAndServiceId(personId, serviceId)) {
            return;
        }
        if (shortlist.countByPersonId(personId) >= MOST) {
            throw new IllegalStateException("A shortlist holds " + MOST + " services at most");
        }
        shortlist.save(new ShortlistEntry(personId, serviceId, decision.actorId(), decision.actedAs(),
                clock.instant()));
    }

    public void remove(long personId, long serviceId) {
        guard.require(personId, Action.CHANGE_ANSWERS);
        shortlist.deleteByPersonIdAndServiceId(personId, serviceId);
    }
}
