package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as three number fields, day, month and year, as GOV.UK asks dates: easier to type and to hear with a
 * screen reader than a date picker. What was typed stays, even when it is not a real date.
 */
public class DateInput extends CustomField<LocalDate> implements LocaleChangeObserver {

    /** Whether anything was typed, and whether it makes a real date. */
    public enum State {
        EMPTY,
        NOT_A_DATE,
        DATE
    }

    private final TextField day = part("day", 2);
    private final TextField month = part("month", 2);
    private final TextField year = part("year", 4);

    public DateInput(String id) {
        setId(id);
        day.setId(id + "-day");
        month.setId(id + "-month");
        year.setId(id + "-year");
        Div parts = new Div(day, month, year);
        parts.addClassName("date-input");
        add(parts);
    }

    public State state() {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return State.EMPTY;
        }
        return date().isPresent() ? State.DATE : State.NOT_A_DATE;
    }

    /** The date typed, if all three parts make a real one (a four-digit year). */
    public Optional<LocalDate> date() {
        try {
            int y = Integer.parseInt(year.getValue().strip());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.getValue().strip()),
                    Integer.parseInt(day.getValue().strip())));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    @Override
    protected LocalDate generateModelValue() {
        return date().orElse(null);
    }

    @Override
    protected void setPresentationValue(LocalDate date) {
        day.setValue(date == null ? "" : String.valueOf(date.getDayOfMonth()));
        month.setValue(date == null ? "" : String.valueOf(date.getMonthValue()));
        year.setValue(date == null ? "" : String.valueOf(date.getYear()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        day.setLabel(getTranslation("form.date.day"));
        month.setLabel(getTranslation("form.date.month"));
        year.setLabel(getTranslation("form.date.year"));
    }

    private static TextField part(String name, int digits) {
        TextField field = new TextField();
        field.addClassName("date-input-" + name);
        field.setMaxLength(digits);
        field.getElement().setAttribute("inputmode", "numeric");
        field.setAllowedCharPattern("[0-9]");
        return field;
    }
}
