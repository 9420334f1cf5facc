package scot.sds.portal.handoff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
    private final CaseEventRepository events;
    private final CaseFileRepository caseFiles;
    private final CaseFlags flags;
    private final Timescales timescales;
    private final Clock clock;

    SubmissionService(AccessGuard guard, AssessmentService assessments, AccountService accounts, HandOffPacks packs,
            References references, SubmissionRepository submissions, CaseEventRepository events,
            CaseFileRepository caseFiles, CaseFlags flags, @Value("${portal.timescales}") Resource timescalesFile,
            Clock clock) {
        this.guard = guard;
        this.assessments = assessments;
        this.accounts = accounts;
        this.packs = packs;
        this.references = references;
        this.submissions = submissions;
        this.events = events;
        this.caseFiles = caseFiles;
        this.flags = flags;
        this.timescales = CouncilFiles.read(timescalesFile, Timescales.class);
        this.clock = clock;
    }

    /** Sends it, or says why not; refused with the access check's exception for anyone who may not send. */
    public SendResult send(long personId) {
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
        events.save(new CaseEvent(submission.id(), CaseStep.RECEIVED, now, sender.actorId()));
        caseFiles.save(new CaseFile(submission.id(), flags.raisedBy(gathered), now));
        return SendResult.sent(sentSubmission(submission));
    }

    /** Whether the signed-in actor may send for the person: the person, or a helper they let send. */
    @Transactional(readOnly = true)
    public boolean maySend(long personId) {
        return guard.decide(personId, Action.SUBMIT_TO_COUNCIL).allowed();
    }

    /** What the person sent and what has happened to it since, if they have sent anything. */
    @Transactional(readOnly = true)
    public Optional<SentSubmission> sent(long personId) {
        guard.require(personId, Action.VIEW_RECORD);
        return submissions.findFirstByPersonIdOrderByVersionDesc(personId).map(this::sentSubmission);
    }

    /** The council's stated timescales for each step, which the person is told. */
    public Timescales timescales() {
        return timescales;
    }

    private SentSubmission sentSubmission(Submission submission) {
        return new SentSubmission(submission.reference(), submission.submittedAt(),
                JSON.readValue(submission.pack(), HandOffPack.class),
                events.findBySubmissionIdOrderByHappenedAtAscIdAsc(submission.id()).stream()
                        .map(CaseEvent::tracked).toList());
    }
}
