package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.database.DatabaseUnavailable;

/**
 * The one place that answers a database away for a moment while a person acts on a page, such as pressing
 * "Continue": the page stays as it is, with everything they typed, and says plainly in their language that it
 * could not be done and to try again in a minute. Any other failure is Vaadin's default: logged, nothing shown.
 * (Opening a page while the database is away is {@link ProblemView}'s.)
 */
@Component
class DatabaseOutages implements VaadinServiceInitListener, ErrorHandler {

    private final ErrorHandler otherwise = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getCurrentView() instanceof PortalPage page
                && DatabaseUnavailable.explains(event.getThrowable(), page.getClass().getSimpleName())) {
            page.showDatabaseUnavailable();
        } else {
            otherwise.error(event);
        }
    }
}
