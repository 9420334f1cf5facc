package scot.sds.portal.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import scot.sds.portal.records.PersonalRecords;
import scot.sds.portal.records.RecordsService;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.pdf.PdfWriter;
import scot.sds.portal.shared.pdf.PrintableDocument;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * A copy of everything held about one person: to download for a computer (JSON) or to read (PDF), and shown on the
 * page as the PDF has it. The copy is made once, through the access check, when the page is opened.
 */
abstract class RecordsPage extends PortalPage {

    private final RecordsService records;
    private final Languages languages;
    private final PdfWriter pdfWriter;
    private PersonalRecords copy;

    RecordsPage(String titleKey, RecordsService records, Languages languages, PdfWriter pdfWriter) {
        super(titleKey);
        this.records = records;
        this.languages = languages;
        this.pdfWriter = pdfWriter;
    }

    /** Makes the copy; refused with NotPermittedException for anyone who may not have it. */
    protected void open(long personId) {
        copy = records.copyOf(personId);
    }

    protected RecordsService records() {
        return records;
    }

    /** The downloads, then the copy to read. */
    protected void showCopy(PageContent content) {
        List<PrintableDocument.Block> blocks = RecordsDocument.blocks(content, copy);
        PrintableDocument document = new PrintableDocument(languages.of(getLocale()), content.easyRead(),
                content.text("records.document.title"), blocks);
        String fileName = "information-" + copy.personId();
        // Both files are made when asked for, not each time the page is built.
        Anchor forComputers = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] json = records.json(copy);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName + ".json", "application/json",
                    json.length);
        }), AttachmentType.DOWNLOAD, content.text("records.download.json"));
        forComputers.setId("records-json");
        // The PDF is served outside the page's request, where its language is not known: it is translated here.
        Anchor toRead = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] pdf = pdfWriter.write(document);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName + ".pdf", "application/pdf",
                    pdf.length);
        }), AttachmentType.DOWNLOAD, content.text("records.download.pdf"));
        toRead.setId("records-pdf");
        // A paragraph each, so the two links are not targets side by side.
        content.add(new Paragraph(toRead));
        content.add(new Paragraph(forComputers));
        content.document(blocks);
    }
}
