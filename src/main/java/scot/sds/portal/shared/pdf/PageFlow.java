package scot.sds.portal.shared.pdf;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The pages being filled, top to bottom, and a new A4 page whenever the next thing does not fit. Positions across
 * the page are given from the start side of the text (the left for left-to-right languages, the right for
 * right-to-left ones), so the layout is written once for both directions.
 */
final class PageFlow implements Closeable {

    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    /** Near-black text, as on the portal's pages. */
    private static final float[] TEXT_COLOUR = {0x0b / 255f, 0x0c / 255f, 0x0c / 255f};
    private static final float[] RULE_COLOUR = {0xb1 / 255f, 0xb4 / 255f, 0xb6 / 255f};
    /** How thick the stroke that draws bold is, for typefaces without a bold font. */
    private static final float STROKED_BOLD_WEIGHT = 0.03f;

    private final PDDocument document;
    private final float margin;
    private final boolean rightToLeft;
    private PDPageContentStream contents;
    private float y;
    private int pageNumber;

    PageFlow(PDDocument document, float margin, boolean rightToLeft) throws IOException {
        this.document = document;
        this.margin = margin;
        this.rightToLeft = rightToLeft;
        newPage();
    }

    /** The width between the margins. */
    float width() {
        return PAGE_SIZE.getWidth() - 2 * margin;
    }

    int pageNumber() {
        return pageNumber;
    }

    /** How far down the page the next thing goes, as a PDF y coordinate (from the bottom). */
    float y() {
        return y;
    }

    boolean atTopOfPage() {
        return y == top();
    }

    /** Starts a new page unless {@code height} fits above the bottom margin, or this page is still empty. */
    void keepRoomFor(float height) throws IOException {
        if (y - height < margin && !atTopOfPage()) {
            newPage();
        }
    }

    void moveDown(float distance) {
        y -= distance;
    }

    /** Space between blocks; none at the top of a page, where it would only push the text down. */
    void space(float distance) {
        if (!atTopOfPage()) {
            y = Math.max(y - distance, margin);
        }
    }

    /**
     * Draws a line of text within a column and moves below it.
     *
     * @param columnStart the column's distance from the start side of the text area
     */
    void drawLine(SetLine line, TextStyle style, float columnStart, float columnWidth) throws IOException {
        drawLineAt(line, style, columnStart, columnWidth);
        moveDown(style.lineHeight());
    }

    /** Draws a line of text within a column, at the current line, without moving down. */
    void drawLineAt(SetLine line, TextStyle style, float columnStart, float columnWidth) throws IOException {
        float left = left(columnStart, columnWidth);
        float x = rightToLeft ? left + columnWidth - line.width() : left;
        float baseline = y - style.baselineBelowTop();
        for (TextRun run : line.runs()) {
            contents.beginText();
            contents.setFont(run.font(), style.size());
            if (run.strokedBold()) {
                contents.setRenderingMode(RenderingMode.FILL_STROKE);
                contents.setLineWidth(style.size() * STROKED_BOLD_WEIGHT);
            }
            contents.newLineAtOffset(x, baseline);
            contents.showText(run.text());
            if (run.strokedBold()) {
                contents.setRenderingMode(RenderingMode.FILL);
            }
            contents.endText();
            x += run.width(style.size());
        }
    }

    /** Draws a square image with its top at the current line, at the start side of a column. */
    void drawImage(PDImageXObject image, float columnStart, float size) throws IOException {
        contents.drawImage(image, left(columnStart, size), y - size, size, size);
    }

    /** A thin line across the text area, at the current line, unless that is below the bottom margin. */
    void drawRule() throws IOException {
        if (y < margin) {
            return;
        }
        contents.setStrokingColor(RULE_COLOUR[0], RULE_COLOUR[1], RULE_COLOUR[2]);
        contents.setLineWidth(0.75f);
        contents.moveTo(margin, y);
        contents.lineTo(margin + width(), y);
        contents.stroke();
        contents.setStrokingColor(TEXT_COLOUR[0], TEXT_COLOUR[1], TEXT_COLOUR[2]);
    }

    @Override
    public void close() throws IOException {
        contents.close();
    }

    private float left(float columnStart, float columnWidth) {
        return rightToLeft ? margin + width() - columnStart - columnWidth : margin + columnStart;
    }

    private float top() {
        return PAGE_SIZE.getHeight() - margin;
    }

    private void newPage() throws IOException {
        if (contents != null) {
            contents.close();
        }
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        contents = new PDPageContentStream(document, page);
        contents.setNonStrokingColor(TEXT_COLOUR[0], TEXT_COLOUR[1], TEXT_COLOUR[2]);
        contents.setStrokingColor(TEXT_COLOUR[0], TEXT_COLOUR[1], TEXT_COLOUR[2]);
        y = top();
        pageNumber++;
    }
}
