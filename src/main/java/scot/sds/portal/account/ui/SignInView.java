package scot.sds.portal.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import scot.sds.portal.account.SignInMethod;
import scot.sds.portal.account.SignInService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;

/** Sign in with a built-in account's email address and password. */
@Route(Paths.SIGN_IN)
@AnonymousAllowed
public class SignInView extends FormPage implements BeforeEnterObserver {

    private final ObjectProvider<SignInService> signInService;
    private final SignInMethod signInMethod;
    private final TextField email = FormFields.email("sign-in-email");
    private final PasswordField password = FormFields.currentPassword("sign-in-password");
    private final Button signIn = new Button();
    private final Div form = new Div(email, password, signIn);

    public SignInView(ObjectProvider<SignInService> signInService, SignInMethod signInMethod) {
        super("signin.title");
        this.signInService = signInService;
        this.signInMethod = signInMethod;
        form.addClassName("portal-form");
        signIn.addThemeVariants(ButtonVariant.PRIMARY);
        signIn.addClickListener(click -> signIn());
        signIn.addClickShortcut(Key.ENTER).listenOn(email, password);
    }

    /** With the council's Keycloak, signing in happens on its page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!signInMethod.usesPortalSignInPage()) {
            event.forwardToUrl(signInMethod.signInHref());
        }
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        content.point("signin.intro.p1");
        email.setLabel(content.text("signin.email.label"));
        password.setLabel(content.text("signin.password.label"));
        signIn.setText(content.text("signin.button"));
        content.add(form);
        content.heading("signin.no-account.title");
        content.link("signin.create.link", Paths.CREATE_ACCOUNT);
    }

    private void signIn() {
        errors.clear();
        if (email.getValue().isBlank()) {
            errors.add(email, "signin.error.email-missing");
        }
        if (password.getValue().isEmpty()) {
            errors.add(password, "signin.error.password-missing");
        }
        if (errors.hasProblems()) {
            showProblems();
            return;
        }
        switch (signInService.getObject().signIn(email.getValue(), password.getValue())) {
            case SIGNED_IN -> {
                // A full load starts the signed-in session afresh, with the person's own settings.
                UI.getCurrent().getPage().setLocation(Paths.href(Paths.YOUR_ACCOUNT));
                return;
            }
            // One message for both: saying which was wrong would tell a stranger which addresses have accounts.
            case WRONG_EMAIL_OR_PASSWORD -> errors.add(email, "signin.error.wrong");
            case TOO_MANY_ATTEMPTS -> errors.add(email, "signin.error.too-many-attempts");
        }
        showProblems();
    }
}
