package scot.sds.portal.budget.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.ui.AnswerTexts;
import scot.sds.portal.budget.BudgetRange;
import scot.sds.portal.budget.BudgetService;
import scot.sds.portal.budget.IndicativeBudget;
import scot.sds.portal.budget.Reason;
import scot.sds.portal.budget.SpendingIdeas;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.shared.CouncilDetails;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * "Your indicative budget": a range for each option, plainly an approximate indication and not a decision, with
 * the answers that drove it and how to ask the council about it. Amounts are in pounds, written the way the
 * page's language writes money.
 */
@Route(Paths.BUDGET)
@PermitAll
public class BudgetView extends PortalPage implements BeforeEnterObserver {

    private final BudgetService budgets;
    private final CurrentPerson currentPerson;
    private final CouncilDetails council;
    private final SpendingIdeas spending;
    private BudgetService.Indication indication;

    public BudgetView(BudgetService budgets, CurrentPerson currentPerson, CouncilDetails council,
            SpendingIdeas spending) {
        super("budget.title");
        this.budgets = budgets;
        this.currentPerson = currentPerson;
        this.council = council;
        this.spending = spending;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        indication = budgets.indicate(currentPerson.personId().orElseThrow());
    }

    @Override
    protected void render(PageContent content) {
        content.inset("budget.not-a-decision.p1");
        if (!indication.anyAnswers()) {
            content.point("budget.no-answers.p1");
            content.startLink("budget.answer-first", Paths.ASSESSMENT);
            return;
        }
        IndicativeBudget budget = indication.budget();
        content.point("budget.intro.p1");
        content.heading("budget.by-option");
        for (SupportOption option : SupportOption.values()) {
            BudgetRange range = budget.byOption().get(option);
            content.subheading("budget.option." + MessageKeys.part(option));
            content.add(new Paragraph(RangeText.of(content, range))).addClassName("budget-range");
        }
        content.point("budget.options-differ.p1");
        if (budget.capped()) {
            content.inset("budget.capped.p1");
        }
        content.heading("budget.why");
        content.point("budget.why.p1", Map.of("points", budget.points()));
        content.add(reasons(content, budget.reasons()));
        content.heading("budget.ask");
        content.point("budget.ask.p1", Map.of("phone", council.phone(), "email", council.email()));
        content.point("budget.contribution.p1");
        startUpCosts(content);
        content.link("budget.spending-link", Paths.SPENDING);
        content.link("budget.compare-link", Paths.COMPARE_OPTIONS);
        content.link("budget.back", Paths.ASSESSMENT);
    }

    private NativeTable reasons(PageContent content, List<Reason> reasons) {
        AssessmentView assessment = indication.assessment();
        NativeTable table = content.table("budget.why.caption", "budget.why.question", "budget.why.answer",
                "budget.why.points");
        for (Reason reason : reasons) {
            Question question = assessment.questionnaire().question(reason.questionId()).orElseThrow();
            String answer = assessment.answersTo(question.id()).ownWords()
                    .or(() -> assessment.answersTo(question.id()).helperView())
                    .map(given -> AnswerTexts.answer(this, question, given)).orElse("");
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(content.text(question.textKey()));
            row.addDataCell().setText(answer);
            row.addDataCell().setText(reason.counted() ? content.number(reason.points())
                    : content.text("budget.why.not-counted"));
        }
        return table;
    }

    /** What being an employer typically costs, so nobody learns of it late. */
    private void startUpCosts(PageContent content) {
        content.heading("budget.start-up");
        content.point("budget.start-up.p1");
        NativeTable table = content.table("budget.start-up.caption", "budget.start-up.cost",
                "budget.start-up.amount");
        for (SpendingIdeas.StartUpCost cost : spending.startUpCosts()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(content.text("budget.start-up.item." + cost.id()));
            row.addDataCell().setText(content.text("budget.start-up.per." + MessageKeys.part(cost.per()),
                    Map.of("low", content.money(cost.low()), "high", content.money(cost.high()))));
        }
        content.add(table);
        content.point("budget.start-up.p2");
    }
}
