package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.shared.ui.DateInput;

/**
 * The field a question is answered in, chosen by its answer type: radio buttons, checkboxes, a text area, a
 * number or a date as three fields. Its label is the question, which the page also shows as its heading.
 */
final class QuestionField {

    static final String ID = "answer";

    private final Question question;
    private final Component field;

    QuestionField(Question question, Component page) {
        this.question = question;
        this.field = switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> {
                RadioButtonGroup<String> radios = new RadioButtonGroup<>();
                radios.setItems(question.choices());
                radios.setItemLabelGenerator(value -> page.getTranslation(question.choiceKey(value)));
                yield radios;
            }
            case SEVERAL_CHOICES -> {
                CheckboxGroup<String> checkboxes = new CheckboxGroup<>();
                checkboxes.setItems(question.choices());
                checkboxes.setItemLabelGenerator(value -> page.getTranslation(question.choiceKey(value)));
                yield checkboxes;
            }
            case FREE_TEXT -> {
                TextArea text = new TextArea();
                text.setMaxLength(Question.MOST_CHARACTERS);
                text.setMinRows(4);
                yield text;
            }
            case NUMBER -> {
                TextField number = new TextField();
                number.getElement().setAttribute("inputmode", "numeric");
                yield number;
            }
            case DATE -> new DateInput(ID);
        };
        field.setId(ID);
        field.addClassName("question-field");
    }

    Component component() {
        return field;
    }

    HasValidation validation() {
        return (HasValidation) field;
    }

    void label(String label, String hint) {
        ((HasLabel) field).setLabel(label);
        if (hint != null) {
            ((HasHelper) field).setHelperText(hint);
        }
    }

    /** Shows an answer given before, so the person sees and can change it. */
    @SuppressWarnings("unchecked")
    void show(GivenAnswer answer) {
        if (answer.kind() != AnswerKind.GIVEN || answer.values().isEmpty()) {
            return;
        }
        String first = answer.values().getFirst();
        switch (field) {
            case RadioButtonGroup<?> radios -> ((RadioButtonGroup<String>) radios).setValue(first);
            case CheckboxGroup<?> checkboxes -> ((CheckboxGroup<String>) checkboxes)
                    .setValue(new LinkedHashSet<>(answer.values()));
            case TextArea text -> text.setValue(first);
            case TextField number -> number.setValue(first);
            case DateInput date -> date.setValue(LocalDate.parse(first));
            default -> throw new IllegalStateException("No field for " + question.type());
        }
    }

    /** What was given, or empty when a date's three fields do not make a real date. */
    @SuppressWarnings("unchecked")
    Optional<AnswerInput> read() {
        return switch (field) {
            case RadioButtonGroup<?> radios -> Optional.of(values(radios.getValue() == null
                    ? List.of() : List.of((String) radios.getValue())));
            case CheckboxGroup<?> checkboxes -> Optional.of(values(question.choices().stream()
                    .filter(((CheckboxGroup<String>) checkboxes).getValue()::contains).toList()));
            case TextArea text -> Optional.of(values(List.of(text.getValue())));
            case TextField number -> Optional.of(values(List.of(number.getValue())));
            case DateInput date -> switch (date.state()) {
                case EMPTY -> Optional.of(values(List.of()));
                case DATE -> Optional.of(values(List.of(date.date().orElseThrow().toString())));
                case NOT_A_DATE -> Optional.empty();
            };
            default -> throw new IllegalStateException("No field for " + question.type());
        };
    }

    private static AnswerInput values(List<String> values) {
        return new AnswerInput(AnswerKind.GIVEN, values);
    }
}
