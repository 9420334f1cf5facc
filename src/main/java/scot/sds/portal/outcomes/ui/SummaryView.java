package scot.sds.portal.outcomes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.pdf.PdfWriter;
import scot.sds.portal.shared.pdf.PrintableDocument;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * "What matters to me": the person's summary to print or download as a PDF, in their language and, in easy
 * read, with a picture beside each point. The PDF is laid out from the very blocks the page shows, read through
 * the access check when the page was built, in the page's language.
 */
@Route(Paths.SUMMARY)
@PermitAll
public class SummaryView extends PortalPage implements BeforeEnterObserver {

    static final String FILE_NAME = Paths.OUTCOMES + ".pdf";

    private final OutcomeService outcomes;
    private final AssessmentService assessments;
    private final CurrentPerson currentPerson;
    private final Languages languages;
    private final PdfWriter pdfWriter;
    private long personId;

    public SummaryView(OutcomeService outcomes, AssessmentService assessments, CurrentPerson currentPerson,
            Languages languages, PdfWriter pdfWriter) {
        super("summary.title");
        this.outcomes = outcomes;
        this.assessments = assessments;
        this.currentPerson = currentPerson;
        this.languages = languages;
        this.pdfWriter = pdfWriter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
    }

    @Override
    protected void render(PageContent content) {
        PrintableDocument document = document(content.easyRead());
        content.document(document.blocks());
        Div actions = content.add(new Div());
        actions.addClassName("summary-actions");
        Button print = new Button(content.text("summary.print"),
                click -> getElement().executeJs("window.print()"));
        // The download is served outside the page's request, where the page's language is not known: the document
        // is the one already translated above.
        DownloadHandler pdf = DownloadHandler.fromInputStream(download -> {
            byte[] bytes = pdfWriter.write(document);
            return new DownloadResponse(new ByteArrayInputStream(bytes), FILE_NAME, "application/pdf", bytes.length);
        });
        Anchor download = new Anchor(pdf, AttachmentType.DOWNLOAD, content.text("summary.download"));
        download.setId("summary-pdf");
        actions.add(print, download);
        content.link("outcomes.back-to-list", Paths.OUTCOMES);
    }

    private PrintableDocument document(boolean easyRead) {
        return WhatMattersToMe.document(this, languages.of(getLocale()), getLocale(), easyRead,
                assessments.view(personId), outcomes.outcomesOf(personId));
    }
}
