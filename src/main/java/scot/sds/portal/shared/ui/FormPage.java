package scot.sds.portal.shared.ui;

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

    /** Shows the problems added to {@link #errors}, moves focus to them and marks the window title. */
    protected void showProblems() {
        errors.show();
        errors.updateWindowTitle(super.getPageTitle());
    }
}
