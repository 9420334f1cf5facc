package scot.sds.portal.shared.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, each embedded as a subset of the glyphs it draws, and the choice of font for each
 * character: the language's own typeface first, then the others, so a name in another script still shows.
 */
final class DocumentFonts {

    private static final int REPLACEMENT_CHARACTER = 0xFFFD;

    private final PDDocument document;
    private final FontFiles files;
    private final List<Typeface> order;
    private final Map<Typeface, PDType0Font> regular = new EnumMap<>(Typeface.class);
    private final Map<Typeface, PDType0Font> bold = new EnumMap<>(Typeface.class);

    DocumentFonts(PDDocument document, FontFiles files, List<Typeface> order) {
        this.document = document;
        this.files = files;
        this.order = List.copyOf(order);
    }

    /** The text split into runs that each one font can draw, in the order given. */
    List<TextRun> runs(String text, boolean wantBold) {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Typeface pendingTypeface = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Glyph glyph = glyph(codePoint, pendingTypeface);
            if (glyph == null) {
                continue;
            }
            if (glyph.typeface() != pendingTypeface && !pending.isEmpty()) {
                runs.add(run(pendingTypeface, pending.toString(), wantBold));
                pending.setLength(0);
            }
            pendingTypeface = glyph.typeface();
            pending.appendCodePoint(glyph.codePoint());
        }
        if (!pending.isEmpty()) {
            runs.add(run(pendingTypeface, pending.toString(), wantBold));
        }
        return runs;
    }

    /** A character to draw and the typeface that draws it. */
    private record Glyph(int codePoint, Typeface typeface) {}

    /**
     * How to draw a character: in the first typeface that has it; as a replacement character if none has it, so
     * something marks the place; not at all if it is invisible anyway, such as a zero-width joiner.
     */
    private Glyph glyph(int codePoint, Typeface current) {
        // A space stays in the run it is in, so words in one script are not split into runs at each space.
        Typeface typeface = codePoint == ' ' && current != null ? current : typefaceFor(codePoint);
        if (typeface != null) {
            return new Glyph(codePoint, typeface);
        }
        if (UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return null;
        }
        Typeface replacement = typefaceFor(REPLACEMENT_CHARACTER);
        return replacement != null ? new Glyph(REPLACEMENT_CHARACTER, replacement) : new Glyph('?', order.getFirst());
    }

    private Typeface typefaceFor(int codePoint) {
        for (Typeface typeface : order) {
            if (files.covers(typeface, codePoint)) {
                return typeface;
            }
        }
        return null;
    }

    private TextRun run(Typeface typeface, String text, boolean wantBold) {
        if (wantBold && typeface.bold().isPresent()) {
            return new TextRun(bold.computeIfAbsent(typeface, face -> load(face.bold().orElseThrow())), text, false);
        }
        return new TextRun(regular.computeIfAbsent(typeface, face -> load(face.regular())), text, wantBold);
    }

    private PDType0Font load(String path) {
        try {
            // Embedded as a subset: only the glyphs the document draws go into the PDF.
            return PDType0Font.load(document, new RandomAccessReadBuffer(files.bytes(path)), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the font " + path, e);
        }
    }
}
