package scot.sds.portal.assessment;

import java.util.Optional;

/** The outcome of giving an answer: saved, with the assessment as it now stands, or a problem to show. */
public record AnswerResult(Optional<AssessmentView> saved, Optional<AnswerProblem> problem) {

    static AnswerResult saved(AssessmentView view) {
        return new AnswerResult(Optional.of(view), Optional.empty());
    }

    static AnswerResult refused(AnswerProblem problem) {
        return new AnswerResult(Optional.empty(), Optional.of(problem));
    }
}
