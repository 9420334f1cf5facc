package scot.sds.portal.options.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.budget.BudgetRange;
import scot.sds.portal.budget.BudgetService;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.options.ChosenOption;
import scot.sds.portal.options.Mix;
import scot.sds.portal.options.MixCheck;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.Money;
import scot.sds.portal.shared.ui.PageContent;

/**
 * Option 4, built by the person: their indicative budget for a mix split between options 1 to 3, checked to add
 * up to an amount within the range, with what each part would mean for them. What they typed stays as typed.
 */
@Route(Paths.MIX_OPTIONS)
@PermitAll
public class MixView extends FormPage implements BeforeEnterObserver {

    /** The example amount in the message for an amount that could not be read. */
    private static final BigDecimal EXAMPLE = BigDecimal.valueOf(2500);

    private static final String RESULT = "mix-result";

    private final BudgetService budgets;
    private final OptionPreferenceService preferences;
    private final CurrentPerson currentPerson;
    private final Map<SupportOption, TextField> amounts = new EnumMap<>(SupportOption.class);
    private long personId;
    private BudgetService.Indication indication;
    private Mix mix;
    private MixCheck check;

    public MixView(BudgetService budgets, OptionPreferenceService preferences, CurrentPerson currentPerson) {
        super("options.mix.title");
        this.budgets = budgets;
        this.preferences = preferences;
        this.currentPerson = currentPerson;
        for (SupportOption option : SupportOption.partsOfMix()) {
            TextField amount = new TextField();
            amount.setId("mix-" + MessageKeys.part(option));
            amount.getElement().setAttribute("inputmode", "numeric");
            amounts.put(option, amount);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        indication = budgets.indicate(personId);
        preferences.current(personId).map(ChosenOption::mix).ifPresent(saved -> amounts.forEach(
                (option, field) -> field.setValue(saved.part(option).signum() > 0 ? saved.part(option).toPlainString()
                        : "")));
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        if (!indication.anyAnswers()) {
            content.point("budget.no-answers.p1");
            content.startLink("budget.answer-first", Paths.ASSESSMENT);
            return;
        }
        BudgetRange range = range();
        content.point("options.mix.intro.p1");
        content.point("options.mix.range.p1", Map.of("low", content.money(range.low()), "high",
                content.money(range.high())));
        Div form = new Div();
        form.addClassName("portal-form");
        amounts.forEach((option, field) -> {
            field.setLabel(content.text("options.mix.part." + MessageKeys.part(option)));
            field.setHelperText(content.text("options.mix.hint"));
            form.add(field);
        });
        form.add(primaryButton(content.text("options.mix.check"), "check-mix", this::checkMix));
        content.add(form);
        if (check != null && check.fits()) {
            meaning(content);
        }
        content.link("options.mix.back", Paths.COMPARE_OPTIONS);
    }

    /** What each part of a mix that fits would mean, and the choice to keep it as the preference. */
    private void meaning(PageContent content) {
        content.focusableHeading("options.mix.result", RESULT);
        content.add(new Paragraph(content.text("options.mix.total", Map.of("total", content.money(check.total())))));
        for (SupportOption option : SupportOption.partsOfMix()) {
            BigDecimal amount = mix.part(option);
            if (amount.signum() > 0) {
                Div part = content.add(new Div());
                part.addClassName("mix-part");
                part.add(new H3(content.text("budget.option." + MessageKeys.part(option))));
                double share = amount.divide(check.total(), MathContext.DECIMAL64).doubleValue();
                part.add(new Paragraph(content.text("options.mix.share", Map.of("amount", content.money(amount),
                        "share", content.percent(share)))));
                part.add(new Paragraph(content.text("options.mix.means." + MessageKeys.part(option))));
            }
        }
        content.add(primaryButton(content.text("options.mix.save"), "save-mix", this::save));
    }

    private void checkMix() {
        errors.clear();
        check = null;
        Map<SupportOption, BigDecimal> parts = new EnumMap<>(SupportOption.class);
        amounts.forEach((option, field) -> {
            if (!field.getValue().isBlank()) {
                Optional<BigDecimal> amount = Money.parseWholePounds(field.getValue(), formatsAs());
                amount.ifPresentOrElse(pounds -> parts.put(option, pounds), () -> errors.add(field,
                        "options.mix.error.amount", Map.of("example", Money.pounds(EXAMPLE, formatsAs()))));
            }
        });
        if (!errors.hasProblems()) {
            mix = new Mix(parts);
            check = preferences.checkMix(personId, mix);
            check.problems().forEach(this::addProblem);
        }
        refresh();
        if (errors.hasProblems()) {
            showProblems();
        } else {
            moveFocusTo(RESULT);
        }
    }

    /** A problem with the whole mix, shown at its first amount, the start of the group. */
    private void addProblem(MixCheck.Problem problem) {
        TextField first = amounts.get(SupportOption.partsOfMix().getFirst());
        Map<String, String> figures = Map.of("total", Money.pounds(check.total(), formatsAs()),
                "low", Money.pounds(check.range().low(), formatsAs()),
                "high", Money.pounds(check.range().high(), formatsAs()));
        errors.add(first, "options.mix.error." + MessageKeys.part(problem), figures);
    }

    /** Saves the mix shown; amounts changed since are checked first, so what is saved is what was shown. */
    private void save() {
        Mix shown = mix;
        checkMix();
        if (check != null && check.fits() && mix.equals(shown)) {
            preferences.chooseMix(personId, mix);
            UI.getCurrent().navigate(Paths.COMPARE_OPTIONS);
        }
    }

    private BudgetRange range() {
        return indication.budget().byOption().get(SupportOption.MIX);
    }
}
