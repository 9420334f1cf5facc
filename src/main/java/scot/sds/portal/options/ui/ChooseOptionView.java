package scot.sds.portal.options.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.options.Preference;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * Which option the person leans towards for now, and why: never binding, with "decide later" as valid a choice as
 * any option. Nothing is chosen for them beforehand.
 */
@Route(Paths.CHOOSE_OPTION)
@PermitAll
public class ChooseOptionView extends FormPage implements BeforeEnterObserver {

    private final OptionPreferenceService preferences;
    private final CurrentPerson currentPerson;
    private final RadioButtonGroup<Preference> preference = new RadioButtonGroup<>();
    private final TextArea reasons = new TextArea();
    private long personId;

    public ChooseOptionView(OptionPreferenceService preferences, CurrentPerson currentPerson) {
        super("options.choose.title");
        this.preferences = preferences;
        this.currentPerson = currentPerson;
        preference.setId("option-preference");
        preference.setItems(Preference.values());
        reasons.setId("option-reasons");
        reasons.setMaxLength(OptionPreferenceService.MOST_CHARACTERS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        preferences.current(personId).ifPresent(chosen -> {
            preference.setValue(chosen.preference());
            reasons.setValue(chosen.reasons() == null ? "" : chosen.reasons());
        });
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        content.point("options.choose.intro.p1");
        preference.setLabel(content.text("options.choose.label"));
        preference.setItemLabelGenerator(value -> content.text(nameKey(value)));
        reasons.setLabel(content.text("options.choose.reasons.label"));
        reasons.setHelperText(content.text("options.choose.reasons.hint"));
        Div form = new Div(preference, reasons, primaryButton(content.text("options.choose.save"), "save-preference",
                this::save));
        form.addClassName("portal-form");
        content.add(form);
    }

    private void save() {
        errors.clear();
        if (preference.getValue() == null) {
            errors.add(preference, "options.choose.error");
            showProblems();
            return;
        }
        preferences.choose(personId, preference.getValue(), reasons.getValue());
        UI.getCurrent().navigate(Paths.COMPARE_OPTIONS);
    }

    /** The option's own name, or "I will decide later". */
    static String nameKey(Preference preference) {
        return preference == Preference.DECIDE_LATER ? "options.preference.decide-later"
                : "options." + MessageKeys.part(preference) + ".name";
    }
}
