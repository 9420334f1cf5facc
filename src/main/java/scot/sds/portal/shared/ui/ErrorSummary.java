package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "There is a problem": the GOV.UK error summary. It lists each problem as a link to its field, takes focus
 * so screen readers announce it, and puts "Error:" before the window title. Each message also shows beside its
 * field. Problems are kept as message keys, so they follow a change of language.
 */
public class ErrorSummary extends Composite<Div> implements LocaleChangeObserver {

    private final Map<HasValidation, Problem> problems = new LinkedHashMap<>();
    private final List<String> formProblems = new ArrayList<>();

    /** A message key and its named arguments, such as the {@code {min}} and {@code {max}} of a number. */
    private record Problem(String messageKey, Map<String, ?> arguments) {}

    public ErrorSummary() {
        getContent().addClassName("error-summary");
        getContent().getElement().setAttribute("tabindex", "-1");
        getContent().getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Clears every problem from the summary and the fields. */
    public void clear() {
        problems.keySet().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        problems.clear();
        formProblems.clear();
        getContent().removeAll();
        setVisible(false);
    }

    /** Adds a problem with a field (a component with an id); its message shows beside it and in the summary. */
    public void add(HasValidation field, String messageKey) {
        add(field, messageKey, Map.of());
    }

    /** Adds a problem whose message has named arguments. */
    public void add(HasValidation field, String messageKey, Map<String, ?> arguments) {
        problems.putIfAbsent(field, new Problem(messageKey, arguments));
    }

    /** Adds a problem with the form as a whole rather than one field, such as a save that could not be done. */
    public void addForForm(String messageKey) {
        formProblems.add(messageKey);
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || !formProblems.isEmpty();
    }

    /** Shows the problems and moves focus to the summary, once every problem has been added. */
    public void show() {
        render();
        getContent().getElement().callJsFunction("focus");
    }

    /** The window title while problems show: "Error: " and the page's own title. */
    public String windowTitle(String pageTitle) {
        return hasProblems() ? getTranslation("form.error-title", pageTitle) : pageTitle;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (hasProblems()) {
            render();
        }
    }

    private void render() {
        getContent().removeAll();
        UnorderedList list = new UnorderedList();
        formProblems.forEach(key -> list.add(new ListItem(getTranslation(key))));
        problems.forEach((field, problem) -> {
            String message = problem.arguments().isEmpty() ? getTranslation(problem.messageKey())
                    : getTranslation(problem.messageKey(), (Object) problem.arguments());
            field.setErrorMessage(message);
            field.setInvalid(true);
            Component component = (Component) field;
            Anchor link = new Anchor("#" + component.getId().orElseThrow(() ->
                    new IllegalStateException("A field in an error summary needs an id")), message);
            link.getElement().setAttribute("router-ignore", true);
            // Following the link would only scroll to the field's outer element: its input takes focus.
            link.getElement().addEventListener("click", click -> component.getElement().executeJs(
                    "const input = this.querySelector('input, textarea'); (input || this).focus();"))
                    .preventDefault();
            list.add(new ListItem(link));
        });
        getContent().add(new H2(getTranslation("form.error-summary.title")), list);
        setVisible(true);
    }

    /** Sets the window title of the current page, with "Error: " while problems show. */
    public void updateWindowTitle(String pageTitle) {
        UI.getCurrent().getPage().setTitle(windowTitle(pageTitle));
    }
}
