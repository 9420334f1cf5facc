package scot.sds.portal.shared.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import scot.sds.portal.shared.i18n.Language;

/**
 * Sets text into lines that fit a width, in the document's language and direction. Arabic-script letters are
 * shaped first; lines break where the language allows (at spaces, or between Chinese characters, never before a
 * closing mark), and a word too long for the line is split rather than cut off. Each line is then put into the
 * order it is drawn in, left to right: right-to-left text is reversed while digits and Latin words inside it keep
 * their reading order.
 */
final class Typesetter {

    private static final int VISUAL_ORDER_OPTIONS = Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS;

    private final DocumentFonts fonts;
    private final ULocale locale;
    private final boolean rightToLeft;

    Typesetter(DocumentFonts fonts, Language language) {
        this.fonts = fonts;
        this.locale = ULocale.forLanguageTag(language.tag());
        this.rightToLeft = language.rightToLeft();
    }

    /** The text's lines, each no wider than {@code width} unless a single character is. */
    List<SetLine> lines(String text, TextStyle style, float width) {
        List<SetLine> lines = new ArrayList<>();
        for (String hardLine : Normalizer2.getNFCInstance().normalize(text).split("\\R", -1)) {
            String logical = ArabicLetterShaper.shape(withoutControlCharacters(hardLine));
            List<LineRange> ranges = breakIntoLines(logical, style, width);
            if (ranges.isEmpty()) {
                lines.add(SetLine.EMPTY);
                continue;
            }
            Bidi paragraph = new Bidi();
            paragraph.setPara(logical, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
            for (LineRange range : ranges) {
                String visual = paragraph.setLine(range.start(), range.end()).writeReordered(VISUAL_ORDER_OPTIONS);
                List<TextRun> runs = fonts.runs(visual, style.bold());
                lines.add(new SetLine(runs, width(runs, style)));
            }
        }
        return lines;
    }

    /** Where one line starts and ends in the logical text, without the spaces at either end. */
    private record LineRange(int start, int end) {}

    private List<LineRange> breakIntoLines(String text, TextStyle style, float width) {
        List<LineRange> ranges = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        int end = endWithoutSpaces(text, text.length());
        int start = afterSpaces(text, 0);
        while (start < end) {
            int fits = start;
            for (int next = breaks.following(start); next != BreakIterator.DONE; next = breaks.next()) {
                int lineEnd = endWithoutSpaces(text, next);
                if (measure(text, start, lineEnd, style) > width) {
                    if (fits == start) {
                        fits = splitWithinWord(text, start, lineEnd, style, width);
                    }
                    break;
                }
                fits = lineEnd;
            }
            ranges.add(new LineRange(start, fits));
            start = afterSpaces(text, fits);
        }
        return ranges;
    }

    /** Where to split a word too long for a whole line: after as many characters as fit, and at least one. */
    private int splitWithinWord(String text, int start, int end, TextStyle style, float width) {
        BreakIterator characters = BreakIterator.getCharacterInstance(locale);
        characters.setText(text);
        int fits = characters.following(start);
        for (int next = characters.next(); next != BreakIterator.DONE && next <= end; next = characters.next()) {
            if (measure(text, start, next, style) > width) {
                break;
            }
            fits = next;
        }
        return fits;
    }

    private float measure(String text, int start, int end, TextStyle style) {
        return width(fonts.runs(text.substring(start, end), style.bold()), style);
    }

    private static float width(List<TextRun> runs, TextStyle style) {
        float width = 0;
        for (TextRun run : runs) {
            width += run.width(style.size());
        }
        return width;
    }

    private static int afterSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endWithoutSpaces(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Tabs become spaces; other control characters draw nothing and have no glyph, so they go. */
    private static String withoutControlCharacters(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                clean.append(' ');
            } else if (!Character.isISOControl(codePoint)) {
                clean.appendCodePoint(codePoint);
            }
        });
        return clean.toString();
    }
}
