package scot.sds.portal.access.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MainLayout;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * What a person sees when the access check refuses a page: a plain message, never the reason's details. Anyone may
 * see it: Vaadin checks error views' access like any view's, and would otherwise show "page not found" instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotPermittedView extends PortalPage implements HasErrorParameter<NotPermittedException> {

    public NotPermittedView() {
        super("access.refused.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotPermittedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    protected void render(PageContent content) {
        content.point("access.refused.p1");
        content.link("access.refused.link", Paths.YOUR_ACCOUNT);
    }
}
