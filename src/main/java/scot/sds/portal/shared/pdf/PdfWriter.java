package scot.sds.portal.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.pdf.PrintableDocument.Block;

/**
 * Writes a {@link PrintableDocument} as an A4 PDF to print or download, in its language and in standard text or
 * easy read. Every text arrives translated; this only lays it out, with the fonts embedded, so the PDF looks the
 * same on any computer, and with the document's language and title set for screen readers and viewers.
 */
@Component
public class PdfWriter {

    private final Pictures pictures;
    private final FontFiles fontFiles = new FontFiles();

    public PdfWriter(Pictures pictures) {
        this.pictures = pictures;
    }

    public byte[] write(PrintableDocument document) {
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, document);
            PageStyle style = PageStyle.of(document.easyRead());
            DocumentFonts fonts = new DocumentFonts(pdf, fontFiles, Typeface.inOrderFor(document.language()));
            Typesetter typesetter = new Typesetter(fonts, document.language());
            try (PageFlow flow = new PageFlow(pdf, style.margin(), document.language().rightToLeft())) {
                BlockLayout layout = new BlockLayout(flow, typesetter, new PictureImages(pdf, pictures), style);
                layout.title(document.title());
                for (Block block : document.blocks()) {
                    layout.place(block);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the document " + document.title(), e);
        }
    }

    /** The language and title that screen readers announce and viewers show in place of the file name. */
    private static void describe(PDDocument pdf, PrintableDocument document) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(document.language().tag());
        PDDocumentInformation information = pdf.getDocumentInformation();
        information.setTitle(document.title());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        if (document.language().rightToLeft()) {
            // Pages shown side by side run from right to left, as the text does.
            preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        catalog.setViewerPreferences(preferences);
    }
}
