package scot.sds.portal.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.CouncilFiles;

/**
 * The personal guide, from the council's file ({@code portal.options-guide}): a few questions about how a person
 * would like their support to work, and which options each answer fits. It shows which options might suit; it
 * never chooses. Texts are {@code options.guide.question.<id>} and {@code options.guide.answer.<id>.<answer>}.
 */
@Component
public class OptionsGuide {

    public record Answer(String id, List<String> fits) {}

    public record Question(String id, List<Answer> answers) {}

    /** How one option fits the answers given: the questions whose answer it may not fit. */
    public record Fit(String optionId, List<String> mayNotFit) {

        public boolean fitsAll() {
            return mayNotFit.isEmpty();
        }
    }

    record File(List<Question> questions) {}

    private final List<Question> questions;
    private final List<String> optionIds;

    OptionsGuide(@Value("${portal.options-guide}") Resource resource, OptionsComparison comparison) {
        this.questions = List.copyOf(CouncilFiles.read(resource, File.class).questions());
        this.optionIds = comparison.options().stream().map(SupportOptionCard::id).toList();
        Set<String> unknown = questions.stream().flatMap(question -> question.answers().stream())
                .flatMap(answer -> answer.fits().stream()).filter(id -> !optionIds.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        if (questions.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalStateException("The options guide file needs questions whose answers fit known "
                    + "options; unknown: " + unknown);
        }
    }

    public List<Question> questions() {
        return questions;
    }

    /**
     * How each option fits the answers given, in the comparison's order.
     *
     * @param answers question id to answer id, for the questions answered
     */
    public List<Fit> fits(Map<String, String> answers) {
        List<Fit> fits = new ArrayList<>();
        for (String option : optionIds) {
            List<String> mayNotFit = questions.stream()
                    .filter(question -> answers.containsKey(question.id()))
                    .filter(question -> !answer(question, answers.get(question.id())).fits().contains(option))
                    .map(Question::id).toList();
            fits.add(new Fit(option, mayNotFit));
        }
        return fits;
    }

    private static Answer answer(Question question, String answerId) {
        return question.answers().stream().filter(answer -> answer.id().equals(answerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No answer " + answerId + " to " + question.id()));
    }
}
