package scot.sds.portal.access.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.Invitation;
import scot.sds.portal.access.InvitationField;
import scot.sds.portal.access.InvitationProblem;
import scot.sds.portal.access.InvitationResult;
import scot.sds.portal.access.LegalBasis;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.RelationshipTerms;
import scot.sds.portal.access.Scope;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.DateInput;
import scot.sds.portal.shared.ui.FileField;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadValidator;

/**
 * The person invites a helper: who they are to them, on what basis (consent, or a registered power of attorney
 * or guardianship), what they may do and until when. The one-time code is shown once, to read out or send.
 */
@Route(Paths.INVITE_HELPER)
@PermitAll
public class InviteHelperView extends FormPage {

    private final RelationshipService relationships;
    private final RadioButtonGroup<HelperRole> role = new RadioButtonGroup<>();
    private final RadioButtonGroup<LegalBasis> basis = new RadioButtonGroup<>();
    private final TextField reference = new TextField();
    private final DateInput registered = new DateInput("invite-registered");
    private final DateInput authorityExpires = new DateInput("invite-authority-expires");
    private final FileField evidence;
    private final Map<String, Object> evidenceLimit;
    private final TextField organisation = new TextField();
    private final TextField providerLink = new TextField();
    private final CheckboxGroup<Scope> scopes = new CheckboxGroup<>();
    private final DateInput ends = new DateInput("invite-ends");
    private final DateInput reviewBy = new DateInput("invite-review");
    private final TextField email = new TextField();
    private final Button create = new Button();
    private final Div form;
    private final Div result = new Div();

    public InviteHelperView(RelationshipService relationships, UploadValidator uploads) {
        super("access.invite.title");
        this.relationships = relationships;
        evidence = new FileField("invite-evidence", uploads, UploadPurpose.EVIDENCE);
        evidenceLimit = Map.of("megabytes", uploads.maximumMegabytes(UploadPurpose.EVIDENCE));
        form = new Div(role, basis, reference, registered, authorityExpires, evidence, organisation, providerLink,
                scopes, ends, reviewBy, email, create);
        form.addClassName("portal-form");
        role.setId("invite-role");
        role.setItems(HelperRole.values());
        basis.setId("invite-basis");
        basis.setItems(LegalBasis.values());
        reference.setId("invite-reference");
        organisation.setId("invite-organisation");
        providerLink.setId("invite-provider-link");
        scopes.setId("invite-scopes");
        scopes.setItems(Scope.ANSWER, Scope.SUBMIT, Scope.MESSAGES);
        email.setId("invite-email");
        email.getElement().setAttribute("inputmode", "email");
        // Only the questions that apply are shown: legal details for a legal authority, organisation for advocates.
        basis.addValueChangeListener(change -> showWhatApplies());
        role.addValueChangeListener(change -> showWhatApplies());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> create());
        result.setId("invitation-result");
        result.getElement().setAttribute("tabindex", "-1");
        showWhatApplies();
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        content.point("access.invite.intro.p1");
        role.setLabel(content.text("access.invite.role.label"));
        role.setItemLabelGenerator(value -> HelperTexts.role(this, value));
        basis.setLabel(content.text("access.invite.basis.label"));
        basis.setHelperText(content.text("access.invite.basis.hint"));
        basis.setItemLabelGenerator(value -> HelperTexts.basis(this, value));
        reference.setLabel(content.text("access.invite.reference.label"));
        reference.setHelperText(content.text("access.invite.reference.hint"));
        registered.setLabel(content.text("access.invite.registered.label"));
        authorityExpires.setLabel(content.text("access.invite.authority-expires.label"));
        evidence.setLabel(content.text("access.invite.evidence.label"));
        evidence.setHelperText(content.text("access.invite.evidence.hint", evidenceLimit));
        organisation.setLabel(content.text("access.invite.organisation.label"));
        providerLink.setLabel(content.text("access.invite.provider-link.label"));
        providerLink.setHelperText(content.text("access.invite.provider-link.hint"));
        scopes.setLabel(content.text("access.invite.scopes.label"));
        scopes.setHelperText(content.text("access.invite.scopes.hint"));
        scopes.setItemLabelGenerator(value -> content.text("access.invite.scope." + MessageKeys.part(value)));
        ends.setLabel(content.text("access.invite.ends.label"));
        ends.setHelperText(content.text("access.invite.ends.hint"));
        reviewBy.setLabel(content.text("access.invite.review.label"));
        reviewBy.setHelperText(content.text("access.invite.review.hint"));
        email.setLabel(content.text("access.invite.email.label"));
        email.setHelperText(content.text("access.invite.email.hint"));
        create.setText(content.text("access.invite.button"));
        content.add(form);
        content.add(result);
    }

    private void showWhatApplies() {
        boolean legal = basis.getValue() != null && basis.getValue().isLegalAuthority();
        reference.setVisible(legal);
        registered.setVisible(legal);
        authorityExpires.setVisible(legal);
        evidence.setVisible(legal);
        boolean advocate = role.getValue() == HelperRole.ADVOCATE;
        organisation.setVisible(advocate);
        providerLink.setVisible(advocate);
    }

    private void create() {
        errors.clear();
        for (DateInput date : List.of(registered, authorityExpires, ends, reviewBy)) {
            if (date.isVisible() && date.state() == DateInput.State.NOT_A_DATE) {
                errors.add(date, "access.error.date-invalid");
            }
        }
        if (!errors.hasProblems()) {
            boolean legal = reference.isVisible();
            boolean advocate = organisation.isVisible();
            RelationshipTerms terms = new RelationshipTerms(role.getValue(), basis.getValue(),
                    legal ? reference.getValue() : null, legal ? registered.date().orElse(null) : null,
                    legal ? authorityExpires.date().orElse(null) : null,
                    scopes.getValue().isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes.getValue()),
                    LocalDate.now(ZoneOffset.UTC), ends.date().orElse(null), reviewBy.date().orElse(null),
                    advocate ? organisation.getValue() : null, advocate ? providerLink.getValue() : null);
            InvitationResult made = relationships.invite(terms, email.getValue(), legal ? evidence.getValue() : null,
                    getLocale());
            if (made.isMade()) {
                showCode(made.invitation(), terms);
                return;
            }
            for (InvitationProblem problem : made.problems()) {
                errors.add(field(problem.field()), problem.messageKey(), evidenceLimit);
            }
        }
        showProblems();
    }

    private void showCode(Invitation invitation, RelationshipTerms terms) {
        form.setVisible(false);
        result.removeAll();
        Span code = new Span(invitation.code());
        code.addClassName("invitation-code");
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(invitation.expires().atZone(ZoneOffset.UTC).toLocalDate());
        result.add(new Paragraph(getTranslation("access.invite.done.code")), new Paragraph(code),
                new Paragraph(getTranslation("access.invite.done.how", Map.of("until", until))));
        if (invitation.emailed()) {
            result.add(new Paragraph(getTranslation("access.invite.done.emailed")));
        }
        if (terms.legalBasis().isLegalAuthority()) {
            result.add(new Paragraph(getTranslation("access.invite.done.legal-check")));
        }
        result.add(new Anchor(Paths.href(Paths.YOUR_HELPERS),
                getTranslation("access.invite.done.back")));
        UI.getCurrent().getPage().executeJs("$0.focus()", result.getElement());
    }

    private HasValidation field(InvitationField field) {
        return switch (field) {
            case ROLE -> role;
            case LEGAL_BASIS -> basis;
            case LEGAL_REFERENCE -> reference;
            case LEGAL_REGISTERED -> registered;
            case ENDS -> ends;
            case EMAIL -> email;
            case EVIDENCE -> evidence;
        };
    }
}
