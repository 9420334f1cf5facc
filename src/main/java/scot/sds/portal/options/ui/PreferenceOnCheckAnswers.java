package scot.sds.portal.options.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.sds.portal.assessment.ui.CheckAnswersPart;
import scot.sds.portal.budget.IndicativeBudget;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.budget.ui.RangeText;
import scot.sds.portal.options.ChosenOption;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.options.OptionsComparison;
import scot.sds.portal.options.Preference;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * On "Check your answers": the option the person prefers for now (or that they will decide later), their reasons,
 * and the indicative budget they saw when they chose, as the council will receive them.
 */
@Component
@Order(1)
class PreferenceOnCheckAnswers implements CheckAnswersPart {

    private final OptionPreferenceService preferences;
    private final OptionsComparison comparison;

    PreferenceOnCheckAnswers(OptionPreferenceService preferences, OptionsComparison comparison) {
        this.preferences = preferences;
        this.comparison = comparison;
    }

    @Override
    public void addTo(PageContent content, long personId) {
        content.heading("options.check.heading");
        SummaryList list = content.add(new SummaryList());
        list.addClassName("option-preference-summary");
        String term = content.text("options.check.preference");
        preferences.current(personId).ifPresentOrElse(chosen -> {
            list.row(term, new Paragraph(content.text(ChooseOptionView.nameKey(chosen.preference()))),
                    SummaryList.action(Paths.href(Paths.CHOOSE_OPTION), content.text("options.check.change"), term));
            list.row(content.text("options.check.reasons"), new Paragraph(chosen.reasons() == null
                    ? content.text("options.check.no-reasons") : chosen.reasons()));
            list.row(content.text("options.check.budget"), budgetShown(content, chosen));
        }, () -> list.row(term, new Paragraph(content.text("options.check.not-chosen")),
                SummaryList.action(Paths.href(Paths.COMPARE_OPTIONS), content.text("options.check.choose"), term)));
    }

    /** The range of the option preferred, the parts of their mix, or every option's range if undecided. */
    private Div budgetShown(PageContent content, ChosenOption chosen) {
        Div shown = new Div();
        IndicativeBudget budget = chosen.budgetShown();
        if (chosen.mix() != null) {
            for (SupportOption part : SupportOption.partsOfMix()) {
                shown.add(line(content, part, content.text("options.check.amount",
                        Map.of("amount", content.money(chosen.mix().part(part))))));
            }
            return shown;
        }
        List<SupportOption> options = chosen.preference() == Preference.DECIDE_LATER ? List.of(SupportOption.values())
                : List.of(comparison.card(MessageKeys.part(chosen.preference())).budgetFrom());
        for (SupportOption option : options) {
            if (budget.byOption().containsKey(option)) {
                shown.add(line(content, option, RangeText.of(content, budget.byOption().get(option))));
            }
        }
        return shown;
    }

    private static Paragraph line(PageContent content, SupportOption option, String amount) {
        return new Paragraph(content.text("options.check.line", Map.of("option",
                content.text("budget.option." + MessageKeys.part(option)), "amount", amount)));
    }
}
