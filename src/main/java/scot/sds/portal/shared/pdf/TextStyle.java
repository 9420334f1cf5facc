package scot.sds.portal.shared.pdf;

/**
 * How a kind of text is set.
 *
 * @param size font size in points
 * @param bold whether it is bold
 * @param lineHeight the height of each of its lines in points, font size and the space between lines together
 */
record TextStyle(float size, boolean bold, float lineHeight) {

    static TextStyle of(float size, boolean bold, float lineSpacing) {
        return new TextStyle(size, bold, size * lineSpacing);
    }

    /** Where the baseline sits below the top of a line: the space above the letters is half the extra leading. */
    float baselineBelowTop() {
        return (lineHeight - size) / 2 + size * 0.8f;
    }
}
