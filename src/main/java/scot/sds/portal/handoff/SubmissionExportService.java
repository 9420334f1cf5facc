package scot.sds.portal.handoff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.account.SystemClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What people sent, for the council's case-management system to take in: each submission with its pack exactly as
 * stored and that text's digest, in the order they were sent. Only that system may read it, checked here on every
 * call as well as by its API's sign-in; a signed-in person or member of staff is refused.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionExportService {

    /** At most this many in one page, so one request cannot ask for everything ever sent. */
    public static final int MOST_AT_ONCE = 100;

    private static final JsonMapper JSON = JsonMapper.shared();

    private final AccessGuard guard;
    private final SubmissionRepository submissions;

    SubmissionExportService(AccessGuard guard, SubmissionRepository submissions) {
        this.guard = guard;
        this.submissions = submissions;
    }

    /**
     * Up to {@code limit} submissions sent after a position, oldest first.
     *
     * @param from where to start: {@link ExportPosition#START} for the first submission ever sent
     * @param limit from 1 to {@value #MOST_AT_ONCE}
     */
    public ExportPage sentAfter(ExportPosition from, int limit) {
        guard.requireSystemClient(SystemClient.CASE_MANAGEMENT);
        if (limit < 1 || limit > MOST_AT_ONCE) {
            throw new IllegalArgumentException("A page holds from 1 to " + MOST_AT_ONCE + ", not " + limit);
        }
        // One more than asked for says whether there are more, without counting them.
        List<Submission> found = submissions.findSentAfter(from.sentAt(), from.id(), Limit.of(limit + 1));
        List<Submission> page = found.subList(0, Math.min(limit, found.size()));
        ExportPosition next = page.isEmpty() ? from : position(page.getLast());
        return new ExportPage(page.stream().map(SubmissionExportService::export).toList(), next,
                found.size() > limit);
    }

    /** The submission with this reference, if there is one. */
    public Optional<SubmissionExport> export(String reference) {
        guard.requireSystemClient(SystemClient.CASE_MANAGEMENT);
        return submissions.findByReference(reference).map(SubmissionExportService::export);
    }

    private static ExportPosition position(Submission submission) {
        return new ExportPosition(submission.submittedAt(), submission.id());
    }

    private static SubmissionExport export(Submission submission) {
        // The pack goes out as the stored text itself, so anything but a JSON object would break the whole answer.
        if (!JSON.readTree(submission.pack()).isObject()) {
            throw new IllegalStateException("The stored pack of " + submission.reference() + " is not a JSON object");
        }
        return new SubmissionExport(SubmissionExport.FORMAT, submission.reference(), submission.version(),
                submission.submittedAt(), submission.packSha256(), submission.pack());
    }
}
