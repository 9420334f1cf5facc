package scot.sds.portal.options;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.assessment.Condition;
import scot.sds.portal.shared.CouncilFiles;

/**
 * What the comparison of the four options shows, from the council's file ({@code portal.options}): the aspects
 * compared, in order, and the options with the budget each shows. Every option is shown with the same aspects,
 * so none has more weight than another.
 */
@Component
public class OptionsComparison {

    /**
     * The file's shape.
     *
     * @param carerSafeguardsWhen the answer that says a carer helps the person, so the safeguards for carers show
     */
    record File(Condition carerSafeguardsWhen, List<String> aspects, List<SupportOptionCard> options) {}

    private final File file;

    OptionsComparison(@Value("${portal.options}") Resource resource) {
        this.file = CouncilFiles.read(resource, File.class);
        if (file.options() == null || file.options().size() != 4 || file.aspects() == null
                || file.aspects().isEmpty()
                || file.options().stream().anyMatch(option -> option.budgetFrom() == null)
                || file.carerSafeguardsWhen() == null) {
            throw new IllegalStateException("The options file must list the 4 options, each with its budgetFrom, "
                    + "at least one aspect, and carerSafeguardsWhen");
        }
    }

    public List<String> aspects() {
        return List.copyOf(file.aspects());
    }

    public List<SupportOptionCard> options() {
        return List.copyOf(file.options());
    }

    /** The option with this id, such as {@code option-1}. */
    public SupportOptionCard card(String id) {
        return file.options().stream().filter(card -> card.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No option " + id));
    }

    Condition carerSafeguardsWhen() {
        return file.carerSafeguardsWhen();
    }
}
