package scot.sds.portal.handoff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.shared.CouncilFiles;
import scot.sds.portal.shared.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sending everything to the council: by the person, or a helper whose scope includes sending. What is sent is
 * frozen in one transaction as a submission with its reference, and the assessment stops taking changes. Every
 * read is through the access check for the person it is about.
 */
@Service
@Transactional
public class SubmissionService {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final AccessGuard guard;
    private final AssessmentService assessments;
    private final AccountService accounts;
    private final HandOffPacks packs;
    private final References references;
    private final SubmissionRepository submissions;
    private final CaseSteps steps;
    private final CaseFlags flags;
    private final Timescales timescales;
    private final Clock clock;

    SubmissionService(AccessGuard guard, AssessmentService assessments, AccountService accounts, HandOffPacks packs,
            References references, SubmissionRepository submissions, CaseSteps steps, CaseFlags flags,
            @Value("${portal.timescales}") Resource timescalesFile, Clock clock) {
        this.guard = guard;
        this.assessments = assessments;
        this.accounts = accounts;
        this.packs = packs;
        this.references = references;
        this.submissions = submissions;
        this.steps = steps;
        this.flags = flags;
        this.timescales = CouncilFiles.read(timescalesFile, Timescales.class);
        this.clock = clock;
    }

    /**
     * Sends it, or says why not; refused with the access check's exception for anyone who may not send. The
     * language is the one the sender uses: emails about the case will be in it.
     */
    public SendResult send(long personId, Locale language) {
        AccessDecision sender = guard.require(personId, Action.SUBMIT_TO_COUNCIL);
        if (submissions.existsByPersonId(personId)) {
            return SendResult.notSent(SendProblem.ALREADY_SENT);
        }
        if (assessments.view(personId).answers().isEmpty()) {
            return SendResult.notSent(SendProblem.NOTHING_TO_SEND);
        }
        AssessmentView sent = assessments.markSent(personId);
        Instant now = clock.instant();
        String reference = references.next();
        String senderName = accounts.displayNames(Set.of(sender.actorId())).get(sender.actorId());
        HandOffPack gathered = packs.gather(sent, sender, senderName, reference, now);
        String pack = JSON.writeValueAsString(gathered);
        Submission submission = submissions.save(new Submission(personId, reference, 1, sender.actorId(),
                sender.actedAs(), now, pack, Sha256.hex(pack.getBytes(StandardCharsets.UTF_8))));
        steps.open(submission, flags.raisedBy(gathered), language);
        return SendResult.sent(sentSubmission(submission, false));
    }

    /** Whether the signed-in actor may send for the person: the person, or a helper they let send. */
    @Transactional(readOnly = true)
    public boolean maySend(long personId) {
        return guard.decide(personId, Action.SUBMIT_TO_COUNCIL).allowed();
    }

    /**
     * What the person sent and what has happened to it since, if they have sent anything; messages only for those
     * who may read them.
     */
    @Transactional(readOnly = true)
    public Optional<SentSubmission> sent(long personId) {
        guard.require(personId, Action.VIEW_RECORD);
        boolean withMessages = guard.decide(personId, Action.READ_MESSAGES).allowed();
        return latest(personId).map(submission -> sentSubmission(submission, withMessages));
    }

    /**
     * Whether the signed-in actor may read and write the person's messages with the council: the person, or a
     * helper with the messages scope.
     */
    @Transactional(readOnly = true)
    public boolean mayWrite(long personId) {
        return guard.decide(personId, Action.WRITE_MESSAGES).allowed();
    }

    /** A message to the council about the case, from the person or a helper who may write for them. */
    public List<CaseProblem> write(long personId, String text) {
        AccessDecision writer = guard.require(personId, Action.WRITE_MESSAGES);
        return take(personId, CaseStep.PERSON_WROTE, writer, CaseRules.words(text),
                CaseDetail.text(CaseRules.strip(text)));
    }

    /**
     * Tells the council the person's needs have changed or their condition comes and goes: it joins the case they
     * sent, with no new referral. Whoever may send for the person may tell.
     */
    public List<CaseProblem> reportChange(long personId, CaseDetail.ChangeKind kind, String words) {
        AccessDecision teller = guard.require(personId, Action.SUBMIT_TO_COUNCIL);
        List<CaseProblem> problems = new ArrayList<>(CaseRules.words(words));
        if (kind == null) {
            problems.addFirst(CaseProblem.CHANGE_KIND_MISSING);
        }
        return take(personId, CaseStep.CHANGE_REPORTED, teller, problems,
                new CaseDetail(CaseRules.strip(words), null, null, kind));
    }

    private List<CaseProblem> take(long personId, CaseStep step, AccessDecision actor, List<CaseProblem> problems,
            CaseDetail detail) {
        if (!problems.isEmpty()) {
            return problems;
        }
        Submission submission = latest(personId).orElseThrow(() -> new IllegalStateException("Nothing sent yet"));
        return steps.take(submission, step, actor.actorId(), detail);
    }

    private Optional<Submission> latest(long personId) {
        return submissions.findFirstByPersonIdOrderByVersionDesc(personId);
    }

    /** The council's stated timescales for each step, which the person is told. */
    public Timescales timescales() {
        return timescales;
    }

    /** Without the access check: for callers that have made it. */
    SentSubmission sentSubmission(Submission submission, boolean withMessages) {
        return new SentSubmission(submission.reference(), submission.submittedAt(),
                JSON.readValue(submission.pack(), HandOffPack.class), steps.file(submission).status(),
                steps.history(submission, withMessages));
    }
}
