package scot.sds.portal.shared.pdf;

import java.util.List;
import java.util.Objects;
import scot.sds.portal.shared.i18n.Language;

/**
 * A document to print, already translated: the writer only lays it out.
 *
 * @param language the language every text is written in; it chooses the fonts, the direction and the line breaks
 * @param easyRead whether to lay it out for easy read: larger text, more space, and a picture beside each point
 * @param title the document's title, shown first and given to viewers and screen readers
 * @param blocks what follows the title, in reading order
 */
public record PrintableDocument(Language language, boolean easyRead, String title, List<Block> blocks) {

    public PrintableDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One part of the document. */
    public sealed interface Block permits Heading, Paragraph, Row, PicturedPoint {}

    /** A heading for the blocks after it. */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text; a line break in it starts a new line. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A term and its value, as in a summary list ("Who said it" – "Ann, in her own words"). */
    public record Row(String term, String value) implements Block {
        public Row {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An easy-read point: an OpenMoji picture name (see {@link scot.sds.portal.shared.i18n.Pictures}) and its text
     * beside it. The picture is decoration, as on the portal's pages: in standard text the point is a paragraph.
     */
    public record PicturedPoint(String pictureName, String text) implements Block {
        public PicturedPoint {
            Objects.requireNonNull(pictureName, "pictureName");
            Objects.requireNonNull(text, "text");
        }
    }
}
