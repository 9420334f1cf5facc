package scot.sds.portal.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected while opening a page: a plain, translated apology, never the exception. The details go
 * to the server's log for the council's support staff.
 */
@ParentLayout(MainLayout.class)
public class ProblemView extends PortalPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemView.class);

    public ProblemView() {
        super("error.problem.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected void render(PageContent content) {
        content.point("error.problem.p1");
    }
}
