package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.Evidence;
import scot.sds.portal.access.LegalCheck;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * Council staff check each power of attorney, guardianship or intervention order against its certificate
 * before the attorney or guardian can act: only then does the relationship become active.
 */
@Route(Paths.STAFF_LEGAL_CHECKS)
@RolesAllowed("STAFF")
public class LegalChecksView extends PortalPage {

    private final RelationshipService relationships;

    public LegalChecksView(RelationshipService relationships) {
        super("staff.checks.title");
        this.relationships = relationships;
    }

    @Override
    protected void render(PageContent content) {
        content.point("staff.checks.intro.p1");
        List<LegalCheck> checks = relationships.pendingLegalChecks();
        if (checks.isEmpty()) {
            content.point("staff.checks.none.p1");
        }
        checks.forEach(check -> content.add(describe(content, check)));
    }

    private Div describe(PageContent content, LegalCheck check) {
        Div card = new Div(new H2(content.text("staff.checks.for", Map.of("person", check.personName(),
                "helper", check.helperName()))));
        card.addClassName("legal-check");
        card.add(new SummaryList()
                .row(content.text("staff.checks.basis"), content.text("access.basis."
                        + MessageKeys.part(check.basis())))
                .row(content.text("staff.checks.reference"), check.reference())
                .row(content.text("staff.checks.registered"), content.date(check.registered()))
                .row(content.text("staff.checks.expires"), check.expires() == null
                        ? content.text("staff.checks.no-expiry") : content.date(check.expires())));
        if (check.evidenceType() != null) {
            // Fetched only when clicked, through the access check, and always as a download of the type its content
            // was checked to be, never shown inline: a browser must not sniff it into a page that runs scripts.
            DownloadHandler certificate = DownloadHandler.fromInputStream(download -> {
                Evidence evidence = relationships.evidence(check.relationshipId());
                download.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                return new DownloadResponse(new ByteArrayInputStream(evidence.content()),
                        "certificate-" + check.relationshipId() + "." + evidence.type().extension(),
                        evidence.type().mediaType(), evidence.content().length);
            });
            Anchor download = new Anchor(certificate, AttachmentType.DOWNLOAD, content.text("staff.checks.download"));
            download.addClassName("evidence-download");
            card.add(download);
        }
        Button verify = new Button(content.text("staff.checks.verify", Map.of("helper", check.helperName())),
                click -> {
                    relationships.verifyLegalAuthority(check.relationshipId());
                    refresh();
                });
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClassName("verify");
        card.add(verify);
        return card;
    }
}
