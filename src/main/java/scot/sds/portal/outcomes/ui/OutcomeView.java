package scot.sds.portal.outcomes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AnsweringVoice;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.outcomes.NationalOutcome;
import scot.sds.portal.outcomes.OutcomeDraft;
import scot.sds.portal.outcomes.OutcomeProblem;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.outcomes.PersonalOutcome;
import scot.sds.portal.outcomes.Priority;
import scot.sds.portal.outcomes.TalkingPoint;
import scot.sds.portal.outcomes.TalkingPoints;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * One outcome: what it means to the person in their own words, how important it is, and how they will know it is
 * working. One written wholly in their own words is also tagged to the national outcomes it serves.
 */
@Route(Paths.OUTCOME)
@PermitAll
public class OutcomeView extends FormPage implements HasUrlParameter<Long>, BeforeEnterObserver {

    private final OutcomeService outcomes;
    private final TalkingPoints talkingPoints;
    private final CurrentPerson currentPerson;
    private final TextArea ownWords = new TextArea();
    private final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
    private final TextArea howWillIKnow = new TextArea();
    private final CheckboxGroup<NationalOutcome> national = new CheckboxGroup<>();
    private long personId;
    private Optional<Long> outcomeId = Optional.empty();
    private Optional<TalkingPoint> talkingPoint = Optional.empty();

    public OutcomeView(OutcomeService outcomes, TalkingPoints talkingPoints, CurrentPerson currentPerson) {
        super("outcomes.own.title");
        this.outcomes = outcomes;
        this.talkingPoints = talkingPoints;
        this.currentPerson = currentPerson;
        ownWords.setId("outcome-own-words");
        ownWords.setMaxLength(OutcomeService.MOST_CHARACTERS);
        priority.setId("outcome-priority");
        priority.setItems(Priority.values());
        howWillIKnow.setId("outcome-how-will-i-know");
        howWillIKnow.setMaxLength(OutcomeService.MOST_CHARACTERS);
        national.setId("outcome-national");
        national.setItems(NationalOutcome.values());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        outcomeId = Optional.ofNullable(id);
        talkingPoint = event.getLocation().getQueryParameters()
                .getSingleParameter(ChooseOutcomeView.TALKING_POINT).flatMap(talkingPoints::byId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        if (outcomeId.isPresent()) {
            Optional<PersonalOutcome> existing = outcomes.outcome(personId, outcomeId.get());
            if (existing.isEmpty()) {
                event.forwardTo(Paths.OUTCOMES);
                return;
            }
            show(existing.get());
        }
        setTitleKey(talkingPoint.map(TalkingPoint::nameKey).orElse("outcomes.own.title"));
    }

    private void show(PersonalOutcome outcome) {
        talkingPoint = outcome.talkingPoint();
        ownWords.setValue(outcome.ownWords() == null ? "" : outcome.ownWords());
        priority.setValue(outcome.priority());
        howWillIKnow.setValue(outcome.howWillIKnow() == null ? "" : outcome.howWillIKnow());
        national.setValue(outcome.national());
    }

    @Override
    protected void render(PageContent content) {
        content.add(new Anchor(Paths.href(Paths.OUTCOMES), content.text("assessment.question.back")))
                .addClassName("back-link");
        content.add(errors);
        talkingPoint.ifPresent(point -> content.add(new Div(content.text(point.descriptionKey())))
                .addClassName("inset"));
        ownWords.setLabel(content.text(talkingPoint.isPresent() ? "outcomes.means.label" : "outcomes.own.label"));
        ownWords.setHelperText(content.text(talkingPoint.isPresent() ? "outcomes.means.hint" : "outcomes.own.hint"));
        priority.setLabel(content.text("outcomes.priority.label"));
        priority.setItemLabelGenerator(value -> content.text("outcomes.priority." + MessageKeys.part(value)));
        howWillIKnow.setLabel(content.text("outcomes.how-will-i-know.label"));
        howWillIKnow.setHelperText(content.text("outcomes.how-will-i-know.hint"));
        national.setLabel(content.text("outcomes.national.label"));
        national.setHelperText(content.text("outcomes.national.hint"));
        national.setItemLabelGenerator(value -> content.text("outcomes.national." + MessageKeys.part(value)));
        national.setVisible(talkingPoint.isEmpty());
        Button save = new Button(content.text("outcomes.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-outcome");
        Div form = new Div(ownWords, priority, howWillIKnow, national, save);
        form.addClassName("portal-form");
        content.add(form);
    }

    private void save() {
        errors.clear();
        Voice voice = currentPerson.actingFor().isEmpty() ? Voice.OWN_WORDS
                : AnsweringVoice.chosenFor(personId).orElse(Voice.OWN_WORDS);
        OutcomeDraft draft = new OutcomeDraft(talkingPoint.map(TalkingPoint::id).orElse(null), ownWords.getValue(),
                priority.getValue(), howWillIKnow.getValue(),
                national.getValue().isEmpty() ? EnumSet.noneOf(NationalOutcome.class) : national.getValue());
        List<OutcomeProblem> problems = outcomes.save(personId, outcomeId, draft, voice);
        if (problems.isEmpty()) {
            UI.getCurrent().navigate(Paths.OUTCOMES);
            return;
        }
        for (OutcomeProblem problem : problems) {
            switch (problem) {
                case OWN_WORDS_MISSING -> errors.add(ownWords, "outcomes.error.own-words");
                case TOO_LONG -> errors.add(ownWords, "outcomes.error.too-long",
                        Map.of("most", OutcomeService.MOST_CHARACTERS));
                case PRIORITY_MISSING -> errors.add(priority, "outcomes.error.priority");
                case NATIONAL_OUTCOME_MISSING -> errors.add(national, "outcomes.error.national");
            }
        }
        showProblems();
    }
}
