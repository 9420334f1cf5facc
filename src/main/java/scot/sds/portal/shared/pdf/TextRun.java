package scot.sds.portal.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Characters drawn with one font, in the order they appear on the page.
 *
 * @param strokedBold whether to draw it bold by stroking the outlines, for a typeface without a bold font
 */
record TextRun(PDType0Font font, String text, boolean strokedBold) {

    float width(float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
