package scot.sds.portal.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import scot.sds.portal.account.AccountService;

/**
 * Taking a step on a case, whoever takes it: the step is added to its history, the case moves on, and when the
 * council took it, the person and their helpers are told there is an update once it is saved.
 */
@Component
class CaseSteps {

    private final CaseEventRepository events;
    private final CaseFileRepository caseFiles;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseSteps(CaseEventRepository events, CaseFileRepository caseFiles, AccountService accounts,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.caseFiles = caseFiles;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Opens the case for what was just sent. */
    void open(Submission submission, List<String> flags, Locale language) {
        caseFiles.save(new CaseFile(submission.id(), flags, language, submission.submittedAt()));
        events.save(new CaseEvent(submission.id(), CaseStep.RECEIVED, submission.submittedAt(),
                submission.submittedBy(), null));
    }

    /** The case's file, where it is and who has it. */
    CaseFile file(Submission submission) {
        return caseFiles.findById(submission.id()).orElseThrow();
    }

    /** Takes the step, or says why not: nothing more happens on a closed case. */
    List<CaseProblem> take(Submission submission, CaseStep step, long actorId, CaseDetail detail) {
        CaseFile file = file(submission);
        if (file.status() == CaseStatus.CLOSED) {
            return List.of(CaseProblem.CASE_CLOSED);
        }
        Instant now = clock.instant();
        file.moved(step, now);
        events.save(new CaseEvent(submission.id(), step, now, actorId, detail));
        if (step.byCouncil()) {
            publisher.publishEvent(new CaseUpdated(submission.personId(), file.language()));
        }
        return List.of();
    }

    /** The steps so far, oldest first, with the names of who took them; messages only if asked for. */
    List<TrackedStep> history(Submission submission, boolean withMessages) {
        List<CaseEvent> shown = events.findBySubmissionIdOrderByHappenedAtAscIdAsc(submission.id()).stream()
                .filter(event -> withMessages || !event.kind().isMessage())
                .toList();
        var names = accounts.displayNames(shown.stream().map(CaseEvent::actorId)
                .flatMap(id -> Stream.ofNullable(id)).toList());
        return shown.stream().map(event -> event.tracked(names)).toList();
    }
}
