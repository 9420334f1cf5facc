package scot.sds.portal.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font files, read from the classpath once and kept for every later document, with the characters each
 * typeface has a glyph for. A file is read only when a document first needs it: an English document never
 * reads the 10 MB Chinese font.
 */
final class FontFiles {

    private final Map<String, byte[]> bytesByPath = new ConcurrentHashMap<>();
    private final Map<Typeface, BitSet> coverageByTypeface = new ConcurrentHashMap<>();

    byte[] bytes(String path) {
        return bytesByPath.computeIfAbsent(path, FontFiles::read);
    }

    /** Whether the typeface draws this character (judged by its regular font; its bold covers the same). */
    boolean covers(Typeface typeface, int codePoint) {
        return coverageByTypeface.computeIfAbsent(typeface, this::readCoverage).get(codePoint);
    }

    private BitSet readCoverage(Typeface typeface) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(typeface.regular())))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet covered = new BitSet();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> characters = cmap.getCharCodes(glyph);
                if (characters != null) {
                    characters.forEach(covered::set);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + typeface.regular(), e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream stream = FontFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (stream == null) {
                throw new IllegalStateException(path + " is missing: the build installs it from frontend/package.json");
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + path, e);
        }
    }
}
