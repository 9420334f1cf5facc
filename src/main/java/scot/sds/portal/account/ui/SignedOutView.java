package scot.sds.portal.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * Where a page sends the person when their time runs out, once the server has ended their session: why they were
 * signed out, that their answers are kept, and how to carry on.
 */
@Route(Paths.SIGNED_OUT)
@AnonymousAllowed
public class SignedOutView extends PortalPage implements BeforeEnterObserver {

    private final AccountService accountService;

    public SignedOutView(AccountService accountService) {
        super("signedout.title");
        this.accountService = accountService;
    }

    /** Someone still signed in here was busy until just now, so was not signed out. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accountService.signedIn().isPresent()) {
            event.forwardTo(YourAccountView.class);
        }
    }

    @Override
    protected void render(PageContent content) {
        long minutes = VaadinSession.getCurrent().getSession().getMaxInactiveInterval() / 60;
        content.point("signedout.why.p1", Map.of("minutes", minutes));
        content.point("signedout.answers.p2");
        content.startLink("signedout.sign-in", Paths.SIGN_IN);
    }
}
