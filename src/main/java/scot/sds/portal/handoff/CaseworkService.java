package scot.sds.portal.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.account.AccountService;

/**
 * The council staff's side of what people send: the queue, each case with its whole hand-off pack, and the steps
 * staff take, each of which the person's tracker shows. Only staff, and never on their own case; opening a case is
 * recorded in the person's "who has seen my information", and so is every step.
 */
@Service
@Transactional
public class CaseworkService {

    private final AccessGuard guard;
    private final SubmissionRepository submissions;
    private final CaseFileRepository caseFiles;
    private final CaseSteps steps;
    private final SubmissionService sent;
    private final CaseFlags flags;
    private final AccountService accounts;
    private final Clock clock;

    CaseworkService(AccessGuard guard, SubmissionRepository submissions, CaseFileRepository caseFiles,
            CaseSteps steps, SubmissionService sent, CaseFlags flags, AccountService accounts, Clock clock) {
        this.guard = guard;
        this.submissions = submissions;
        this.caseFiles = caseFiles;
        this.steps = steps;
        this.sent = sent;
        this.flags = flags;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The cases the query asks for, those waiting longest first. */
    @Transactional(readOnly = true)
    public List<CaseSummary> queue(CaseQuery query) {
        guard.requireStaff();
        Instant now = clock.instant();
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
                .filter(shown -> query.waitingDays() == null
                        || Duration.between(shown.sentAt(), now).toDays() >= query.waitingDays())
                .sorted(Comparator.comparing(CaseSummary::sentAt)).toList();
    }

    /** One case, through the access check for the person it is about, so they can see that staff opened it. */
    @Transactional(readOnly = true)
    public Optional<StaffCase> open(String reference) {
        guard.requireStaff();
        return submissions.findByReference(reference).map(submission -> {
            guard.require(submission.personId(), Action.VIEW_RECORD);
            CaseFile file = steps.file(submission);
            Map<Long, String> names = accounts.displayNames(Stream.of(submission.personId(), file.assignedTo())
                    .filter(Objects::nonNull).toList());
            return new StaffCase(summary(file, submission, names), sent.sentSubmission(submission, true));
        });
    }

    /** The flags the council has set, in their order, for staff to filter by. */
    public List<String> flagIds() {
        return flags.ids();
    }

    /** The signed-in member of staff takes the case on; the person's tracker says it is being looked at. */
    public List<CaseProblem> assignToMe(String reference) {
        Submission submission = submission(reference);
        AccessDecision staff = guard.require(submission.personId(), Action.CASEWORK);
        List<CaseProblem> problems = steps.take(submission, CaseStep.ASSIGNED, staff.actorId(), null);
        if (problems.isEmpty()) {
            steps.file(submission).assign(staff.actorId());
        }
        return problems;
    }

    /**
     * A message to the person, which their helpers who may read messages see too. When it asks for information,
     * the case waits for their reply.
     */
    public List<CaseProblem> write(String reference, String text, boolean asksForInformation) {
        return take(reference, asksForInformation ? CaseStep.INFORMATION_REQUESTED : CaseStep.COUNCIL_WROTE,
                CaseRules.words(text), CaseDetail.text(CaseRules.strip(text)));
    }

    /** Books the assessment: a visit or a call, when, where and who. */
    public List<CaseProblem> bookVisit(String reference, CaseDetail.Visit visit) {
        CaseDetail.Visit booked = new CaseDetail.Visit(visit.date(), visit.time(), visit.how(),
                visit.how() != null && visit.how().needsPlace() ? CaseRules.strip(visit.place()) : null,
                CaseRules.strip(visit.who()));
        return take(reference, CaseStep.VISIT_BOOKED, CaseRules.visit(booked, LocalDate.now(clock)),
                new CaseDetail(null, booked, null, null));
    }

    /** Records the council's decisions with their reasons: only staff decide eligibility, budget and plan. */
    public List<CaseProblem> decide(String reference, CaseDetail.Decision decision) {
        boolean eligible = Boolean.TRUE.equals(decision.eligible());
        CaseDetail.Decision recorded = new CaseDetail.Decision(decision.eligible(),
                eligible ? decision.assessedBudget() : null, eligible ? decision.optionAgreed() : null,
                decision.planAgreed(), CaseRules.strip(decision.reasons()));
        return take(reference, CaseStep.DECIDED, CaseRules.decision(recorded),
                new CaseDetail(null, null, recorded, null));
    }

    /** Closes the case, saying why; nothing more happens on it. */
    public List<CaseProblem> close(String reference, String why) {
        return take(reference, CaseStep.CLOSED, CaseRules.words(why), CaseDetail.text(CaseRules.strip(why)));
    }

    private List<CaseProblem> take(String reference, CaseStep step, List<CaseProblem> problems, CaseDetail detail) {
        Submission submission = submission(reference);
        AccessDecision staff = guard.require(submission.personId(), Action.CASEWORK);
        return problems.isEmpty() ? steps.take(submission, step, staff.actorId(), detail) : problems;
    }

    private Submission submission(String reference) {
        return submissions.findByReference(reference).orElseThrow(
                () -> new IllegalArgumentException("No submission " + reference));
    }

    private static CaseSummary summary(CaseFile file, Submission submission, Map<Long, String> names) {
        return new CaseSummary(submission.reference(), names.get(submission.personId()), submission.submittedAt(),
                file.status(), file.assignedTo() == null ? null : names.get(file.assignedTo()), file.flags());
    }
}
