package scot.sds.portal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.CouncilFiles;

/**
 * What a budget can pay for, from the council's file ({@code portal.spending}): ideas grouped as people use their
 * budgets, each with the council's rule; the examples of when a close family member may be employed; and the
 * typical costs of starting a direct payment. Texts are {@code spending.group.<id>}, {@code spending.idea.<id>},
 * {@code spending.family.example.<id>} and {@code budget.start-up.item.<id>}.
 */
@Component
public class SpendingIdeas {

    /** A typical cost of being an employer, from {@code low} to {@code high} pounds each {@code per}. */
    public record StartUpCost(String id, BigDecimal low, BigDecimal high, Per per) {}

    /** How often a start-up cost is paid. */
    public enum Per {
        YEAR,
        ASSISTANT
    }

    public record Group(String id, String picture, List<Idea> ideas) {}

    public record Idea(String id, SpendingRule rule) {}

    record File(List<StartUpCost> startUpCosts, List<Group> groups, List<String> closeFamilyExamples) {}

    private final File file;

    SpendingIdeas(@Value("${portal.spending}") Resource resource) {
        this.file = CouncilFiles.read(resource, File.class);
        List<String> problems = problems(file);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The spending ideas file cannot be used: " + String.join("; ", problems));
        }
    }

    public List<StartUpCost> startUpCosts() {
        return List.copyOf(file.startUpCosts());
    }

    public List<Group> groups() {
        return List.copyOf(file.groups());
    }

    public List<String> closeFamilyExamples() {
        return List.copyOf(file.closeFamilyExamples());
    }

    private static List<String> problems(File file) {
        List<String> problems = new ArrayList<>();
        if (file.startUpCosts() == null || file.groups() == null || file.groups().isEmpty()
                || file.closeFamilyExamples() == null) {
            problems.add("it needs startUpCosts, groups and closeFamilyExamples");
            return problems;
        }
        for (StartUpCost cost : file.startUpCosts()) {
            if (cost.low() == null || cost.high() == null || cost.per() == null || cost.low().signum() < 0
                    || cost.high().compareTo(cost.low()) < 0) {
                problems.add("start-up cost " + cost.id() + " needs per, and low from 0 up to high");
            }
        }
        for (Group group : file.groups()) {
            if (group.ideas() == null || group.ideas().isEmpty() || group.picture() == null) {
                problems.add("group " + group.id() + " needs a picture and at least one idea");
            } else {
                group.ideas().stream().filter(idea -> idea.rule() == null)
                        .forEach(idea -> problems.add("idea " + idea.id() + " has no rule"));
            }
        }
        return problems;
    }
}
