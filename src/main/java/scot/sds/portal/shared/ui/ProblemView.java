package scot.sds.portal.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scot.sds.portal.shared.database.DatabaseUnavailable;

/**
 * Anything unexpected while opening a page: a plain, translated apology, never the exception. The details go
 * to the server's log for the council's support staff. A database away for a moment is said as such, with a way
 * to try the page again. Anyone may see it: Vaadin checks error views' access like any view's, and would otherwise
 * show "page not found" instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ProblemView extends PortalPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemView.class);

    private String retryPath;

    public ProblemView() {
        super("error.problem.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.explains(parameter.getCaughtException(), event.getLocation().getPath())) {
            setTitleKey("error.unavailable.title");
            retryPath = event.getLocation().getPathWithQueryParameters();
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOG.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        setTitleKey("error.problem.title");
        retryPath = null;
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected void render(PageContent content) {
        if (retryPath == null) {
            content.point("error.problem.p1");
        } else {
            content.point("error.unavailable.p1");
            content.link("error.unavailable.link", retryPath);
        }
    }
}
