package scot.sds.portal.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;

/**
 * The council staff's side of what people send: the queue, each case with its whole hand-off pack, and the steps
 * staff take, each of which the person's tracker shows. Only staff; opening a case is recorded in the person's
 * "who has seen my information".
 */
@Service
@Transactional
public class CaseworkService {

    private final AccessGuard guard;
    private final SubmissionRepository submissions;
    private final CaseFileRepository caseFiles;
    private final CaseEventRepository events;
    private final SubmissionService sent;
    private final CaseFlags flags;
    private final AccountService accounts;
    private final Clock clock;

    CaseworkService(AccessGuard guard, SubmissionRepository submissions, CaseFileRepository caseFiles,
            CaseEventRepository events, SubmissionService sent, CaseFlags flags, AccountService accounts,
            Clock clock) {
        this.guard = guard;
        this.submissions = submissions;
        this.caseFiles = caseFiles;
        this.events = events;
        this.sent = sent;
        this.flags = flags;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The cases the query asks for, those waiting longest first. */
    @Transactional(readOnly = true)
    public List<CaseSummary> queue(CaseQuery query) {
        guard.requireStaff();
        List<CaseFile> files = caseFiles.findAll().stream()
                .filter(file -> query.status() == null || file.status() == query.status())
                .filter(file -> query.flag() == null || file.flags().contains(query.flag()))
                .toList();
        Map<Long, Submission> byId = submissions.findAllById(files.stream().map(CaseFile::submissionId).toList())
                .stream().collect(Collectors.toMap(Submission::id, Function.identity()));
        Map<Long, String> names = accounts.displayNames(Stream.concat(
                byId.values().stream().map(Submission::personId),
                files.stream().map(CaseFile::assignedTo).filter(Objects::nonNull)).toList());
        return files.stream().map(file -> summary(file, byId.get(file.submissionId()), names))
                .sorted(Comparator.comparing(CaseSummary::sentAt)).toList();
    }

    /** One case, through the access check for the person it is about, so they can see that staff opened it. */
    @Transactional(readOnly = true)
    public Optional<StaffCase> open(String reference) {
        guard.requireStaff();
        return submissions.findByReference(reference).map(submission -> {
            CaseFile file = caseFiles.findById(submission.id()).orElseThrow();
            Map<Long, String> names = accounts.displayNames(Stream.of(submission.personId(), file.assignedTo())
                    .filter(Objects::nonNull).toList());
            return new StaffCase(summary(file, submission, names),
                    sent.sent(submission.personId()).orElseThrow());
        });
    }

    /** The flags the council has set, in their order, for staff to filter by. */
    public List<String> flagIds() {
        return flags.ids();
    }

    /** The signed-in member of staff takes the case on; the person's tracker says it is being looked at. */
    public void assignToMe(String reference) {
        AccountSummary staff = guard.requireStaff();
        Submission submission = submissions.findByReference(reference).orElseThrow(
                () -> new IllegalArgumentException("No submission " + reference));
        guard.require(submission.personId(), Action.VIEW_RECORD);
        Instant now = clock.instant();
        caseFiles.findById(submission.id()).orElseThrow().assign(staff.id(), now);
        events.save(new CaseEvent(submission.id(), CaseStep.ASSIGNED, now, staff.id()));
    }

    private static CaseSummary summary(CaseFile file, Submission submission, Map<Long, String> names) {
        return new CaseSummary(submission.reference(), names.get(submission.personId()), submission.submittedAt(),
                file.status(), file.assignedTo() == null ? null : names.get(file.assignedTo()), file.flags());
    }
}
