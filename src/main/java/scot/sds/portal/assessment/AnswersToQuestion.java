package scot.sds.portal.assessment;

import java.util.List;
import java.util.Optional;

/**
 * What was said about one question: the person's own words and a helper's view, either or both. Where they
 * disagree, both are kept and shown.
 */
public record AnswersToQuestion(Optional<GivenAnswer> ownWords, Optional<GivenAnswer> helperView) {

    static final AnswersToQuestion NONE = new AnswersToQuestion(Optional.empty(), Optional.empty());

    public boolean answered() {
        return ownWords.isPresent() || helperView.isPresent();
    }

    public Optional<GivenAnswer> in(Voice voice) {
        return voice == Voice.OWN_WORDS ? ownWords : helperView;
    }

    /** Whether the person and a helper both answered, differently. */
    public boolean viewsDiffer() {
        return ownWords.isPresent() && helperView.isPresent() && !ownWords.get().sameAs(helperView.get());
    }

    /** The answer that decides which questions follow: the person's own, else the helper's. */
    List<String> decidingValues() {
        return ownWords.or(() -> helperView).filter(answer -> answer.kind() == AnswerKind.GIVEN)
                .map(GivenAnswer::values).orElse(List.of());
    }

    AnswersToQuestion with(GivenAnswer answer) {
        return answer.voice() == Voice.OWN_WORDS
                ? new AnswersToQuestion(Optional.of(answer), helperView)
                : new AnswersToQuestion(ownWords, Optional.of(answer));
    }
}
