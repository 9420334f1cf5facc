package scot.sds.portal.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.RelationshipStatus;
import scot.sds.portal.access.RelationshipSummary;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/** The person sees everyone who helps them, on what terms, and can stop anyone's access, or everyone's. */
@Route(Paths.YOUR_HELPERS)
@PermitAll
public class YourHelpersView extends PortalPage {

    private final RelationshipService relationships;
    private final AccountService accounts;

    public YourHelpersView(RelationshipService relationships, AccountService accounts) {
        super("access.helpers.title");
        this.relationships = relationships;
        this.accounts = accounts;
    }

    @Override
    protected void render(PageContent content) {
        long personId = accounts.signedIn().orElseThrow().id();
        List<RelationshipSummary> helpers = relationships.helpersOf(personId);
        content.point("access.helpers.intro.p1");
        content.startLink("access.helpers.invite.link", Paths.INVITE_HELPER);
        if (helpers.isEmpty()) {
            content.point("access.helpers.none.p1");
            return;
        }
        for (RelationshipSummary helper : helpers) {
            content.add(describe(content, helper));
        }
        if (helpers.stream().anyMatch(helper -> helper.status() != RelationshipStatus.REVOKED)) {
            Button everyone = new Button(content.text("access.helpers.revoke-all"), click -> {
                relationships.revokeAll();
                refresh();
            });
            everyone.addThemeVariants(ButtonVariant.ERROR);
            everyone.addClassName("revoke-all");
            content.add(everyone);
        }
    }

    private Div describe(PageContent content, RelationshipSummary helper) {
        String name = helper.helperName() != null ? helper.helperName()
                : helper.invitedEmail() != null ? helper.invitedEmail() : content.text("access.helpers.not-accepted");
        Div card = new Div(new H3(name));
        card.addClassName("helper");
        SummaryList details = new SummaryList()
                .row(content.text("access.helpers.role"), HelperTexts.role(this, helper.role()))
                .row(content.text("access.helpers.can"), HelperTexts.abilities(this, getLocale(), helper.scopes()))
                .row(content.text("access.helpers.basis"), helper.legalReference() == null
                        ? HelperTexts.basis(this, helper.legalBasis())
                        : HelperTexts.basis(this, helper.legalBasis()) + " (" + helper.legalReference() + ")")
                .row(content.text("access.helpers.dates"), content.text(
                        helper.ends() == null ? "access.helpers.from" : "access.helpers.from-until",
                        Map.of("from", content.date(helper.starts()),
                                "until", helper.ends() == null ? "" : content.date(helper.ends()))))
                .row(content.text("access.helpers.status"), HelperTexts.status(this, helper.status()));
        if (helper.reviewBy() != null) {
            details.row(content.text("access.helpers.review"), content.date(helper.reviewBy()));
        }
        if (helper.organisation() != null) {
            details.row(content.text("access.helpers.organisation"), helper.organisation());
        }
        if (helper.providerLink() != null) {
            details.row(content.text("access.helpers.provider-link"), helper.providerLink());
        }
        card.add(details);
        if (helper.status() != RelationshipStatus.REVOKED && helper.status() != RelationshipStatus.EXPIRED) {
            Button revoke = new Button(content.text("access.helpers.revoke", Map.of("name", name)), click -> {
                relationships.revoke(helper.id());
                refresh();
            });
            revoke.addClassName("revoke");
            card.add(revoke);
        }
        return card;
    }
}
