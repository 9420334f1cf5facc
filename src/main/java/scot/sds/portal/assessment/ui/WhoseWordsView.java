package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import scot.sds.portal.access.ActingFor;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AnsweringVoice;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * A helper says whose words they are writing down: the person's own, with them beside them, or the helper's own
 * view. Every answer they give is recorded with it, so the council knows who said what.
 */
@Route(Paths.WHOSE_WORDS)
@PermitAll
public class WhoseWordsView extends FormPage implements BeforeEnterObserver {

    private final CurrentPerson currentPerson;
    private final RadioButtonGroup<Voice> voice = new RadioButtonGroup<>();
    private ActingFor actingFor;
    private String returnTo = Paths.ASSESSMENT;

    public WhoseWordsView(CurrentPerson currentPerson) {
        super("assessment.whose-words.title");
        this.currentPerson = currentPerson;
        voice.setId("voice");
        voice.setItems(Voice.values());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var helping = currentPerson.actingFor();
        if (helping.isEmpty()) {
            // The person themselves always answers in their own words.
            event.forwardTo(Paths.ASSESSMENT);
            return;
        }
        actingFor = helping.get();
        returnTo = event.getLocation().getQueryParameters().getSingleParameter(AssessmentPage.RETURN_TO)
                .filter(path -> path.startsWith(Paths.ASSESSMENT)).orElse(Paths.ASSESSMENT);
        AnsweringVoice.chosenFor(actingFor.personId()).ifPresent(voice::setValue);
    }

    @Override
    protected void render(PageContent content) {
        Map<String, String> names = Map.of("name", actingFor.personName(),
                "role", AnswerTexts.role(this, actingFor.role()));
        content.add(errors);
        content.point("assessment.whose-words.intro.p1", names);
        voice.setLabel(content.text("assessment.whose-words.label"));
        voice.setItemLabelGenerator(value -> content.text("assessment.whose-words." + MessageKeys.part(value),
                (Object) names));
        content.add(voice);
        Button next = new Button(content.text("assessment.question.continue"), click -> choose());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        content.add(next);
    }

    private void choose() {
        errors.clear();
        if (voice.getValue() == null) {
            errors.add(voice, "assessment.whose-words.error");
            showProblems();
            return;
        }
        AnsweringVoice.choose(actingFor.personId(), voice.getValue());
        UI.getCurrent().navigate(returnTo);
    }
}
