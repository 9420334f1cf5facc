package scot.sds.portal.options.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.budget.BudgetService;
import scot.sds.portal.budget.ui.RangeText;
import scot.sds.portal.options.CarerSafeguards;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.options.OptionsComparison;
import scot.sds.portal.options.SupportOptionCard;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * The four options side by side, with equal weight and no default: the same aspects for each, in the council's
 * order, and each option's indicative budget for this person where their answers give one.
 */
@Route(Paths.COMPARE_OPTIONS)
@PermitAll
public class CompareOptionsView extends PortalPage implements BeforeEnterObserver {

    private final OptionsComparison comparison;
    private final BudgetService budgets;
    private final CurrentPerson currentPerson;
    private final OptionPreferenceService preferences;
    private final CarerSafeguards carerSafeguards;
    private long personId;
    private BudgetService.Indication indication;

    public CompareOptionsView(OptionsComparison comparison, BudgetService budgets, CurrentPerson currentPerson,
            OptionPreferenceService preferences, CarerSafeguards carerSafeguards) {
        super("options.compare.title");
        this.comparison = comparison;
        this.budgets = budgets;
        this.currentPerson = currentPerson;
        this.preferences = preferences;
        this.carerSafeguards = carerSafeguards;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        indication = budgets.indicate(personId);
    }

    @Override
    protected void render(PageContent content) {
        content.points("options.compare.intro.p1", "options.compare.intro.p2");
        content.link("options.compare.guide-link", Paths.OPTIONS_GUIDE);
        Div cards = content.add(new Div());
        cards.addClassName("option-cards");
        for (SupportOptionCard option : comparison.options()) {
            Div card = new Div();
            card.addClassName("option-card");
            if (content.easyRead()) {
                Image picture = new Image(Pictures.href(option.picture()), "");
                picture.addClassName("easy-read-picture");
                card.add(picture);
            }
            card.add(new H2(content.text(option.nameKey())));
            SummaryList aspects = new SummaryList();
            for (String aspect : comparison.aspects()) {
                aspects.row(content.text("options.aspect." + aspect), content.text(option.aspectKey(aspect)));
            }
            if (indication.anyAnswers()) {
                aspects.row(content.text("options.aspect.budget"),
                        RangeText.of(content, indication.budget().byOption().get(option.budgetFrom())));
            }
            card.add(aspects);
            cards.add(card);
        }
        content.inset("options.compare.budget-note.p1");
        content.link("options.compare.mix-link", Paths.MIX_OPTIONS);
        if (carerSafeguards.apply(personId)) {
            content.heading("options.carer");
            content.points("options.carer.p1", "options.carer.p2", "options.carer.p3")
                    .addClassName("carer-safeguards");
        }
        preferences.current(personId).ifPresentOrElse(chosen -> {
            content.add(new Paragraph(content.text("options.compare.choice", Map.of("choice",
                    content.text(ChooseOptionView.nameKey(chosen.preference())))))).addClassName("option-choice");
            content.link("options.compare.change-link", Paths.CHOOSE_OPTION);
        }, () -> content.startLink("options.compare.choose-link", Paths.CHOOSE_OPTION));
        content.link("options.compare.budget-link", Paths.BUDGET);
        content.link("options.compare.spending-link", Paths.SPENDING);
        content.link("providers.search.title", Paths.FIND_SUPPORT);
        content.link("options.compare.learn-link", Paths.WHAT_IS_SDS);
    }
}
