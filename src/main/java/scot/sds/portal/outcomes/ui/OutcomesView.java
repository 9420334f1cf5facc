package scot.sds.portal.outcomes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.outcomes.PersonalOutcome;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * "What matters to me": the person's outcomes, most important first, each with what it means to them, how they
 * will know it is working, the national outcomes it serves and who wrote it.
 */
@Route(Paths.OUTCOMES)
@PermitAll
public class OutcomesView extends PortalPage implements BeforeEnterObserver {

    private final OutcomeService outcomes;
    private final AssessmentService assessments;
    private final CurrentPerson currentPerson;
    private long personId;
    private String personName;
    private List<PersonalOutcome> mine = List.of();

    public OutcomesView(OutcomeService outcomes, AssessmentService assessments, CurrentPerson currentPerson) {
        super("outcomes.title");
        this.outcomes = outcomes;
        this.assessments = assessments;
        this.currentPerson = currentPerson;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        personName = assessments.view(personId).personName();
        mine = outcomes.outcomesOf(personId);
    }

    @Override
    protected void render(PageContent content) {
        content.points("outcomes.intro.p1", "outcomes.intro.p2");
        if (mine.isEmpty()) {
            content.point("outcomes.none.p1");
        }
        for (PersonalOutcome outcome : mine) {
            Div card = content.add(new Div());
            card.addClassName("outcome");
            card.add(new H2(OutcomeTexts.name(this, outcome)));
            SummaryList details = new SummaryList();
            if (outcome.ownWords() != null) {
                details.row(content.text("outcomes.means"), outcome.ownWords());
            }
            details.row(content.text("outcomes.priority"), OutcomeTexts.priority(this, outcome));
            if (outcome.howWillIKnow() != null) {
                details.row(content.text("outcomes.how-will-i-know"), outcome.howWillIKnow());
            }
            details.row(content.text("outcomes.helps-with"), OutcomeTexts.national(this, getLocale(), outcome));
            details.row(content.text("outcomes.written-by"), OutcomeTexts.writtenBy(this, outcome, personName));
            card.add(details);
            Anchor change = new Anchor(Paths.href(Paths.OUTCOME + "/" + outcome.id()),
                    content.text("outcomes.change"));
            Span which = new Span(" " + OutcomeTexts.name(this, outcome));
            which.addClassName("visually-hidden");
            change.add(which);
            Button remove = new Button(content.text("outcomes.remove", Map.of("name",
                    OutcomeTexts.name(this, outcome))), click -> {
                        outcomes.remove(personId, outcome.id());
                        mine = outcomes.outcomesOf(personId);
                        refresh();
                    });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClassName("remove-outcome");
            Div actions = new Div(change, remove);
            actions.addClassName("outcome-actions");
            card.add(actions);
        }
        content.startLink(mine.isEmpty() ? "outcomes.add-first" : "outcomes.add", Paths.CHOOSE_OUTCOME);
        if (!mine.isEmpty()) {
            content.link("outcomes.summary-link", Paths.SUMMARY);
        }
        content.link("outcomes.back", Paths.ASSESSMENT);
    }
}
