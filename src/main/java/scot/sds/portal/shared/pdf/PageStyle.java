package scot.sds.portal.shared.pdf;

/**
 * Sizes and spacing, in points, for standard text and for easy read. Easy read follows the portal's easy-read
 * pages: text of at least 14 pt, more space between lines and blocks, and a 2 cm picture beside each point.
 *
 * @param margin the space kept clear on every side of an A4 page
 * @param blockGap the space between blocks
 * @param headingGap the space above a heading
 * @param pictureSize the width and height of a point's picture; 0 draws no pictures
 * @param pictureGap the space between a picture and its text
 * @param rowsStacked whether a row's value goes under its term rather than beside it
 * @param termShare the share of the width a term takes when its value is beside it
 */
record PageStyle(float margin, TextStyle title, TextStyle heading, TextStyle body, TextStyle term, float blockGap,
        float headingGap, float pictureSize, float pictureGap, boolean rowsStacked, float termShare) {

    private static final float POINTS_PER_MILLIMETRE = 72 / 25.4f;

    static final PageStyle STANDARD = new PageStyle(millimetres(25),
            TextStyle.of(20, true, 1.3f), TextStyle.of(15, true, 1.35f),
            TextStyle.of(11.5f, false, 1.5f), TextStyle.of(11.5f, true, 1.5f),
            8, 16, 0, 0, false, 0.35f);

    static final PageStyle EASY_READ = new PageStyle(millimetres(25),
            TextStyle.of(24, true, 1.3f), TextStyle.of(19, true, 1.35f),
            TextStyle.of(15, false, 1.6f), TextStyle.of(15, true, 1.6f),
            16, 24, millimetres(20), millimetres(5), true, 0);

    static PageStyle of(boolean easyRead) {
        return easyRead ? EASY_READ : STANDARD;
    }

    private static float millimetres(float millimetres) {
        return millimetres * POINTS_PER_MILLIMETRE;
    }
}
