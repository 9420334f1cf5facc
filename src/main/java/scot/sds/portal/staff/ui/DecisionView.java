package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.ui.CaseProblems;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.Money;
import scot.sds.portal.shared.ui.PageContent;

/**
 * Recording the council's decisions, which only staff make: eligibility, the assessed budget, the option agreed
 * with the person and whether the support plan is agreed, with the reasons the person reads on their tracker.
 */
@Route(Paths.STAFF_CASES + "/:" + CaseActionPage.REFERENCE + "/" + DecisionView.STEP)
@RolesAllowed("STAFF")
public class DecisionView extends CaseActionPage {

    static final String STEP = "decide";

    private final RadioButtonGroup<Boolean> eligible = new RadioButtonGroup<>();
    private final TextField budget = new TextField();
    private final Select<SupportOption> option = new Select<>();
    private final RadioButtonGroup<Boolean> planAgreed = new RadioButtonGroup<>();
    private final TextArea reasons = new TextArea();

    public DecisionView(CaseworkService casework) {
        super("staff.decision.title", casework);
        eligible.setId("decision-eligible");
        eligible.setItems(true, false);
        budget.setId("decision-budget");
        option.setId("decision-option");
        option.setItems(SupportOption.values());
        option.setEmptySelectionAllowed(true);
        planAgreed.setId("decision-plan");
        planAgreed.setItems(true, false);
        reasons.setId("decision-reasons");
        reasons.setMaxLength(CaseDetail.MOST_CHARACTERS);
    }

    @Override
    protected List<Component> form(PageContent content) {
        eligible.setLabel(content.text("staff.decision.eligible"));
        eligible.setItemLabelGenerator(value -> content.text(value ? "handoff.decision.yes" : "handoff.decision.no"));
        budget.setLabel(content.text("staff.decision.budget"));
        budget.setHelperText(content.text("staff.decision.budget.hint"));
        option.setLabel(content.text("staff.decision.option"));
        option.setEmptySelectionCaption(content.text("staff.decision.option.none"));
        option.setItemLabelGenerator(value -> value == null ? ""
                : content.text("budget.option." + MessageKeys.part(value)));
        planAgreed.setLabel(content.text("staff.decision.plan"));
        planAgreed.setItemLabelGenerator(value -> content.text(value ? "handoff.decision.yes"
                : "handoff.decision.no"));
        reasons.setLabel(content.text("staff.decision.reasons"));
        reasons.setHelperText(content.text("staff.decision.reasons.hint", Map.of("most",
                CaseDetail.MOST_CHARACTERS)));
        return List.of(eligible, budget, option, planAgreed, reasons, primaryButton(content.text(
                "staff.decision.send"), "decision-send", this::send));
    }

    private void send() {
        Optional<BigDecimal> amount = Money.parseWholePounds(budget.getValue(), formatsAs());
        if (!budget.getValue().isBlank() && amount.isEmpty()) {
            errors.clear();
            errors.add(budget, "staff.decision.error.not-an-amount");
            showProblems();
            return;
        }
        CaseDetail.Decision decision = new CaseDetail.Decision(eligible.getValue(), amount.orElse(null),
                option.getValue(), planAgreed.getValue(), reasons.getValue());
        taken(casework.decide(reference, decision), problem -> CaseProblems.add(errors, switch (problem) {
            case ELIGIBILITY_MISSING -> eligible;
            case BUDGET_MISSING, BUDGET_TOO_HIGH -> budget;
            case PLAN_MISSING -> planAgreed;
            default -> reasons;
        }, problem));
    }
}
