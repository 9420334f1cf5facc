package scot.sds.portal.access.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import scot.sds.portal.access.AdvocateDeclaration;
import scot.sds.portal.access.AdvocateDeclarationMissing;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.RelationshipStatus;
import scot.sds.portal.access.RelationshipSummary;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.limits.TooManyAttempts;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;

/** A helper types the code the person gave them, and so accepts the invitation with their own account. */
@Route(Paths.ACCEPT_INVITATION)
@PermitAll
public class AcceptInvitationView extends FormPage {

    private final RelationshipService relationships;
    private final TextField code = new TextField();
    private final TextField organisation = new TextField();
    private final TextField providerLink = new TextField();
    private final Button accept = new Button();
    private final Div form = new Div(code, organisation, providerLink, accept);
    private final Div outcome = new Div();

    public AcceptInvitationView(RelationshipService relationships, AccountService accounts) {
        super("access.accept.title");
        this.relationships = relationships;
        // Advocates say which organisation they advocate for, and any link to a care provider, as they accept.
        boolean advocate = accounts.signedIn().map(account -> account.roles().contains(Role.ADVOCATE)).orElse(false);
        organisation.setId("advocate-organisation");
        organisation.setVisible(advocate);
        providerLink.setId("advocate-provider-link");
        providerLink.setVisible(advocate);
        form.addClassName("portal-form");
        code.setId("invitation-code");
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("spellcheck", "false");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(click -> accept());
        accept.addClickShortcut(Key.ENTER).listenOn(code);
        outcome.setId("invitation-outcome");
        outcome.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        content.point("access.accept.intro.p1");
        code.setLabel(content.text("access.accept.code.label"));
        code.setHelperText(content.text("access.accept.code.hint"));
        organisation.setLabel(content.text("access.accept.organisation.label"));
        providerLink.setLabel(content.text("access.accept.provider-link.label"));
        providerLink.setHelperText(content.text("access.accept.provider-link.hint"));
        accept.setText(content.text("access.accept.button"));
        content.add(form);
        content.add(outcome);
    }

    private void accept() {
        errors.clear();
        if (code.getValue().isBlank()) {
            errors.add(code, "access.error.code-missing");
        } else {
            try {
                RelationshipSummary accepted = relationships.accept(code.getValue(),
                        new AdvocateDeclaration(organisation.getValue(), providerLink.getValue()));
                form.setVisible(false);
                outcome.removeAll();
                boolean waitsForCheck = accepted.status() == RelationshipStatus.PENDING;
                outcome.add(new Paragraph(getTranslation(
                        waitsForCheck ? "access.accept.done-pending" : "access.accept.done")));
                outcome.add(new Anchor(Paths.href(Paths.ACT_FOR),
                        getTranslation("access.accept.next")));
                UI.getCurrent().getPage().executeJs("$0.focus()", outcome.getElement());
                return;
            } catch (AdvocateDeclarationMissing undeclared) {
                organisation.setVisible(true);
                providerLink.setVisible(true);
                errors.add(organisation, "access.error.organisation-missing");
            } catch (NotPermittedException wrongCode) {
                // One answer for a wrong, used, expired or someone else's code: nothing to learn by guessing.
                errors.add(code, "access.error.code-wrong");
            } catch (TooManyAttempts tooMany) {
                errors.add(code, "access.error.too-many-attempts");
            }
        }
        showProblems();
    }
}
