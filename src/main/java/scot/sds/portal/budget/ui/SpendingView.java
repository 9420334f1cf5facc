package scot.sds.portal.budget.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import scot.sds.portal.budget.SpendingIdeas;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * "What your budget can pay for": ideas grouped as people have used their budgets, each marked in words with the
 * council's rule, and when a close family member may be employed as a personal assistant.
 */
@Route(Paths.SPENDING)
@PermitAll
public class SpendingView extends PortalPage {

    private final SpendingIdeas spending;
    private final CouncilDetails council;

    public SpendingView(SpendingIdeas spending, CouncilDetails council) {
        super("spending.title");
        this.spending = spending;
        this.council = council;
    }

    @Override
    protected void render(PageContent content) {
        content.point("spending.intro.p1");
        content.points("spending.legend.p1", "spending.legend.p2", "spending.legend.p3");
        for (SpendingIdeas.Group group : spending.groups()) {
            content.heading("spending.group." + group.id());
            if (content.easyRead()) {
                Image picture = content.add(new Image(Pictures.href(group.picture()), ""));
                picture.addClassName("easy-read-picture");
            }
            UnorderedList ideas = content.add(new UnorderedList());
            ideas.addClassName("spending-ideas");
            for (SpendingIdeas.Idea idea : group.ideas()) {
                String rule = MessageKeys.part(idea.rule());
                // The rule is said in words, never by colour alone.
                Span tag = new Span(content.text("spending.rule." + rule));
                tag.addClassNames("spending-rule", "spending-rule--" + rule);
                ideas.add(new ListItem(new Span(content.text("spending.idea." + idea.id()) + " "), tag));
            }
        }
        content.heading("spending.family");
        content.point("spending.family.p1");
        content.add(new Paragraph(content.text("spending.family.examples")));
        UnorderedList examples = content.add(new UnorderedList());
        spending.closeFamilyExamples().forEach(example -> examples.add(
                new ListItem(content.text("spending.family.example." + example))));
        content.point("spending.family.p2");
        content.point("spending.ask.p1", Map.of("phone", council.phone(), "email", council.email()));
        content.link("spending.budget-link", Paths.BUDGET);
        content.link("budget.compare-link", Paths.COMPARE_OPTIONS);
    }
}
