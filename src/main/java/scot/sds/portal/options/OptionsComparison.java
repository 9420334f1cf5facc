package scot.sds.portal.options;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.CouncilFiles;

/**
 * What the comparison of the four options shows, from the council's file ({@code portal.options}): the aspects
 * compared, in order, and the options with the budget each shows. Every option is shown with the same aspects,
 * so none has more weight than another.
 */
@Component
public class OptionsComparison {

    /** The file's shape. */
    record File(List<String> aspects, List<SupportOptionCard> options) {}

    private final File file;

    OptionsComparison(@Value("${portal.options}") Resource resource) {
        this.file = CouncilFiles.read(resource, File.class);
        if (file.options() == null || file.options().size() != 4 || file.aspects() == null
                || file.aspects().isEmpty()) {
            throw new IllegalStateException("The options file must list the 4 options and at least one aspect");
        }
    }

    public List<String> aspects() {
        return List.copyOf(file.aspects());
    }

    public List<SupportOptionCard> options() {
        return List.copyOf(file.options());
    }
}
