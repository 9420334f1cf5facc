package scot.sds.portal.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core on the page as it is now and fails on any WCAG 2.2 A or AA violation. */
public final class Accessibility {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {}

    public static void assertNoViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe found " + violations.size() + " WCAG violation(s) on " + page.url() + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                + rule.getNodes().stream().limit(5).map(CheckedNode::getHtml).collect(Collectors.joining("\n    "));
    }
}
