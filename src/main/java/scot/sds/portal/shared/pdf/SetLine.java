package scot.sds.portal.shared.pdf;

import java.util.List;

/**
 * One line of text ready to draw: its runs from left to right as they appear on the page (for right-to-left text
 * already reordered) and its width in points.
 */
record SetLine(List<TextRun> runs, float width) {

    static final SetLine EMPTY = new SetLine(List.of(), 0);

    SetLine {
        runs = List.copyOf(runs);
    }
}
