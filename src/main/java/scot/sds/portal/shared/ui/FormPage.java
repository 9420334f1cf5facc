package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A page with a form: its error summary, and "Error:" before the window title while problems show, as GOV.UK
 * pages do.
 */
public abstract class FormPage extends PortalPage {

    protected final ErrorSummary errors = new ErrorSummary();

    protected FormPage(String titleKey) {
        super(titleKey);
    }

    @Override
    public String getPageTitle() {
        return errors.windowTitle(super.getPageTitle());
    }

    /** The form's main button. */
    protected static Button primaryButton(String text, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId(id);
        return button;
    }

    /** Moves focus to what an action has just shown, such as its results, so a screen reader reads it next. */
    protected static void moveFocusTo(String id) {
        UI.getCurrent().getPage().executeJs("document.getElementById($0).focus()", id);
    }

    /**
     * The database could not be reached to save what the person sent: says so in the error summary, and leaves
     * everything they typed where it is. A page whose fields never have problems has no summary of its own, so it
     * gets one below its heading.
     */
    @Override
    void showDatabaseUnavailable() {
        errors.clear();
        errors.addForForm("form.unavailable");
        if (!errors.isAttached()) {
            getContent().addComponentAtIndex(1, errors);
        }
        showProblems();
    }

    /** Shows the problems added to {@link #errors}, moves focus to them and marks the window title. */
    protected void showProblems() {
        errors.show();
        errors.updateWindowTitle(super.getPageTitle());
    }
}
