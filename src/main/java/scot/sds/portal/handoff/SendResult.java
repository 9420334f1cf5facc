package scot.sds.portal.handoff;

import java.util.Optional;

/** What pressing "Send" did: the submission, or why nothing was sent. */
public record SendResult(Optional<SentSubmission> sent, Optional<SendProblem> problem) {

    static SendResult sent(SentSubmission submission) {
        return new SendResult(Optional.of(submission), Optional.empty());
    }

    static SendResult notSent(SendProblem problem) {
        return new SendResult(Optional.empty(), Optional.of(problem));
    }
}
