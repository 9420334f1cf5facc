package scot.sds.portal.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.PasswordStrength;
import scot.sds.portal.account.Registration;
import scot.sds.portal.account.RegistrationField;
import scot.sds.portal.account.RegistrationProblem;
import scot.sds.portal.account.RegistrationResult;
import scot.sds.portal.account.Role;
import scot.sds.portal.account.SignInMethod;
import scot.sds.portal.account.SignInService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;

/** Create an account: name, email address, password (with a strength hint) and who the account is for. */
@Route(Paths.CREATE_ACCOUNT)
@AnonymousAllowed
public class CreateAccountView extends FormPage implements BeforeEnterObserver {

    private final AccountService accountService;
    private final ObjectProvider<SignInService> signInService;
    private final SignInMethod signInMethod;
    private final TextField name = FormFields.name("create-account-name");
    private final TextField email = FormFields.email("create-account-email");
    private final PasswordField password = FormFields.newPassword("create-account-password");
    private final Paragraph strength = new Paragraph();
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final Button create = new Button();
    private final Div form = new Div(name, email, password, strength, role, create);

    public CreateAccountView(AccountService accountService, ObjectProvider<SignInService> signInService,
            SignInMethod signInMethod) {
        super("create.title");
        this.accountService = accountService;
        this.signInService = signInService;
        this.signInMethod = signInMethod;
        form.addClassName("portal-form");
        strength.setId("create-account-password-strength");
        strength.addClassName("password-strength");
        // Announced politely as the person types, without moving them.
        strength.getElement().setAttribute("aria-live", "polite");
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.addValueChangeListener(change -> showStrength());
        role.setId("create-account-role");
        role.setItems(Role.SELF_CHOSEN);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> create());
        create.addClickShortcut(Key.ENTER).listenOn(name, email, password);
    }

    /** With the council's Keycloak, accounts come from the council: this page leads to its sign-in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signInMethod.createAccountHref().isEmpty()) {
            event.forwardToUrl(signInMethod.signInHref());
        }
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        content.point("create.intro.p1");
        name.setLabel(content.text("create.name.label"));
        email.setLabel(content.text("create.email.label"));
        email.setHelperText(content.text("create.email.hint"));
        password.setLabel(content.text("create.password.label"));
        password.setHelperText(content.text("create.password.hint",
                Map.of("minimum", PasswordStrength.MINIMUM_LENGTH)));
        role.setLabel(content.text("create.role.label"));
        role.setItemLabelGenerator(r -> content.text("create.role." + r.key()));
        create.setText(content.text("create.button"));
        showStrength();
        content.add(form);
        content.heading("create.have-account.title");
        content.link("create.sign-in.link", Paths.SIGN_IN);
    }

    private void showStrength() {
        String value = password.getValue();
        strength.setVisible(!value.isEmpty());
        String level = PasswordStrength.of(value).name().toLowerCase(Locale.ROOT).replace('_', '-');
        strength.setText(value.isEmpty() ? "" : getTranslation("create.password.strength." + level));
    }

    private void create() {
        errors.clear();
        RegistrationResult result = accountService.register(
                new Registration(name.getValue(), email.getValue(), password.getValue(), role.getValue()));
        if (result.isCreated()) {
            signInService.getObject().signIn(email.getValue(), password.getValue());
            UI.getCurrent().getPage().setLocation(Paths.href(Paths.YOUR_ACCOUNT));
            return;
        }
        for (RegistrationProblem problem : result.problems()) {
            errors.add(fieldFor(problem.field()), problem.messageKey());
        }
        showProblems();
    }

    private HasValidation fieldFor(RegistrationField field) {
        return switch (field) {
            case NAME -> name;
            case EMAIL -> email;
            case PASSWORD -> password;
            case ROLE -> role;
        };
    }
}
