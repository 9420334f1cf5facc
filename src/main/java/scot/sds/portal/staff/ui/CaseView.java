package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.handoff.CaseStatus;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.HandOffPack;
import scot.sds.portal.handoff.StaffCase;
import scot.sds.portal.handoff.ui.CaseHistory;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.pdf.PdfWriter;
import scot.sds.portal.shared.pdf.PrintableDocument;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * One case: where it is, the flags its answers raised, the steps staff can take, what has happened so far (messages
 * both ways among it) and the whole hand-off pack as it was sent, also as a PDF.
 */
@Route(Paths.STAFF_CASES)
@RolesAllowed("STAFF")
public class CaseView extends PortalPage implements HasUrlParameter<String> {

    private final CaseworkService casework;
    private final AssessmentService assessments;
    private final Languages languages;
    private final PdfWriter pdfWriter;
    private Optional<StaffCase> opened = Optional.empty();
    private String reference;

    public CaseView(CaseworkService casework, AssessmentService assessments, Languages languages,
            PdfWriter pdfWriter) {
        super("staff.case.title");
        this.casework = casework;
        this.assessments = assessments;
        this.languages = languages;
        this.pdfWriter = pdfWriter;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        opened = casework.open(reference);
        if (opened.isEmpty()) {
            event.forwardTo(Paths.STAFF_CASES);
        }
    }

    @Override
    protected void render(PageContent content) {
        content.add(new Anchor(Paths.href(Paths.STAFF_CASES), content.text("staff.case.back")))
                .addClassName("back-link");
        StaffCase shown = opened.orElseThrow();
        HandOffPack pack = shown.sent().pack();
        content.add(new SummaryList()
                .row(content.text("staff.cases.reference"), pack.reference())
                .row(content.text("staff.cases.person"), pack.person().name())
                .row(content.text("staff.cases.status"), content.text(CaseQueueView.statusKey(
                        shown.summary().status())))
                .row(content.text("staff.cases.worker"), shown.summary().assignedTo() == null
                        ? content.text("staff.cases.nobody") : shown.summary().assignedTo())
                .row(content.text("staff.cases.flags"), shown.summary().flags().isEmpty()
                        ? content.text("staff.case.no-flags") : content.list(shown.summary().flags().stream()
                                .map(id -> content.text("handoff.flag." + id)).toList())))
                .addClassName("case-facts");
        if (shown.summary().status() != CaseStatus.CLOSED) {
            actions(content, shown);
        }
        content.heading("staff.case.history");
        CaseHistory.show(content, shown.sent().steps());
        PrintableDocument document = CasePackDocument.of(content, this, languages.of(getLocale()), pack,
                assessments.questionnaire(pack.questionnaire(), pack.questionnaireVersion()));
        // Served outside the page's request, where its language is not known: the document is translated here.
        DownloadHandler pdf = DownloadHandler.fromInputStream(download -> {
            byte[] bytes = pdfWriter.write(document);
            return new DownloadResponse(new ByteArrayInputStream(bytes), pack.reference() + ".pdf",
                    "application/pdf", bytes.length);
        });
        Anchor download = new Anchor(pdf, AttachmentType.DOWNLOAD, content.text("staff.case.pdf"));
        download.setId("case-pdf");
        content.add(new Div(download)).addClassName("case-download");
        content.document(document.blocks());
        content.link("records.staff.link", Paths.STAFF_PERSON_INFORMATION + "/" + pack.person().id())
                .setId("case-person-information");
        if (pack.helpers().stream().anyMatch(helper -> helper.legalBasis() != null)) {
            content.link("staff.case.legal-checks", Paths.STAFF_LEGAL_CHECKS);
        }
    }

    private void actions(PageContent content, StaffCase shown) {
        if (shown.summary().assignedTo() == null) {
            Button assign = new Button(content.text("staff.case.assign"), click -> {
                casework.assignToMe(reference);
                opened = casework.open(reference);
                refresh();
            });
            assign.addThemeVariants(ButtonVariant.PRIMARY);
            assign.setId("assign-to-me");
            content.add(assign);
        }
        UnorderedList steps = content.add(new UnorderedList());
        steps.addClassName("case-actions");
        for (String[] step : new String[][] {{WriteToPersonView.STEP, "staff.write.title"},
                {BookVisitView.STEP, "staff.visit.title"}, {DecisionView.STEP, "staff.decision.title"},
                {CloseCaseView.STEP, "staff.close.title"}}) {
            Anchor link = new Anchor(Paths.href(CaseActionPage.path(reference, step[0])), content.text(step[1]));
            link.setId("case-" + step[0]);
            steps.add(new ListItem(link));
        }
    }
}
