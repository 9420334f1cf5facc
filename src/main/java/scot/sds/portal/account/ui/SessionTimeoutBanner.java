package scot.sds.portal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.shared.ui.ShellBanner;

/**
 * Puts the session timeout warning on every page a signed-in person sees, and restarts its count on every round
 * trip to the server (a request of Vaadin's own protocol, which heartbeats are not).
 */
@SpringComponent
class SessionTimeoutBanner implements ShellBanner, VaadinServiceInitListener {

    private final AccountService accountService;
    private final Duration warningBefore;

    SessionTimeoutBanner(AccountService accountService,
            @Value("${portal.session.warning-before}") Duration warningBefore) {
        this.accountService = accountService;
        this.warningBefore = warningBefore;
    }

    @Override
    public Component create() {
        // The idle time the server gives this very session: server.servlet.session.timeout (none if zero or less).
        Duration idleTime = Duration.ofSeconds(VaadinSession.getCurrent().getSession().getMaxInactiveInterval());
        if (accountService.signedIn().isEmpty() || !idleTime.isPositive()) {
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        return new SessionTimeoutWarning(idleTime, warningBefore);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new SynchronizedRequestHandler() {
            @Override
            protected boolean canHandleRequest(VaadinRequest request) {
                return HandlerHelper.isRequestType(request, RequestType.UIDL);
            }

            @Override
            public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                    VaadinResponse response) {
                UI ui = session.getService().findUI(request);
                if (ui != null) {
                    SessionTimeoutWarning.on(ui).ifPresent(SessionTimeoutWarning::restart);
                }
                // Vaadin's own handler still handles the request.
                return false;
            }
        });
    }
}
