package scot.sds.portal.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ibm.icu.text.Normalizer2;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.pdf.PrintableDocument.Block;
import scot.sds.portal.shared.pdf.PrintableDocument.Heading;
import scot.sds.portal.shared.pdf.PrintableDocument.Paragraph;
import scot.sds.portal.shared.pdf.PrintableDocument.PicturedPoint;
import scot.sds.portal.shared.pdf.PrintableDocument.Row;

/**
 * A "What matters to me" summary is written in every portal language, in standard text and easy read, and read
 * back from the PDF: every word is there, every line inside the margins, right-to-left text on the right, and
 * each easy-read point has its picture.
 */
class PdfWriterTest {

    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float MARGIN = 25 * 72 / 25.4f;
    private static final float TWO_CENTIMETRES = 20 * 72 / 25.4f;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final Languages LANGUAGES = new Languages();
    private static final PdfWriter WRITER = new PdfWriter(new Pictures());

    /** One language's sample: a summary's title, heading, paragraphs and a row, as a translator would write them. */
    record Sample(String tag, String title, String heading, List<String> paragraphs, String term, String value) {

        Language language() {
            return LANGUAGES.byTag(tag).orElseThrow();
        }

        PrintableDocument document(boolean easyRead) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Heading(heading));
            paragraphs.forEach(paragraph -> blocks.add(new Paragraph(paragraph)));
            blocks.add(new Row(term, value));
            return new PrintableDocument(language(), easyRead, title, blocks);
        }

        List<String> texts() {
            return Stream.concat(Stream.of(title, heading, term, value), paragraphs.stream()).toList();
        }

        @Override
        public String toString() {
            return tag;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("en", "What matters to me", "My life now", List.of(
                        "I live with my daughter in a small flat in Dundee. I like going to the community café on "
                                + "Fridays, and I want to keep seeing my friends from the choir. I need help three "
                                + "times a week: getting up in the morning and having a bath in the evening. I would "
                                + "like to decide for myself who helps me, and when.",
                        "I have 3 grandchildren and 2 cats."),
                        "Who said it", "Ann, in her own words"),
                new Sample("gd", "Na tha cudromach dhomh", "Mo bheatha an-diugh", List.of(
                        "Tha mi a' fuireach còmhla ri mo nighean ann an Dùn Dè. Bidh mo mhàthair a' tighinn "
                                + "a-steach gach latha, agus bidh mi fhèin a' dèanamh biadh dhuinn. Tha sìth agus "
                                + "fois cudromach dhomh, agus bu toil leam a dhol chun na bùtha leam fhìn.",
                        "Tha triùir oghaichean agam agus dà chat."),
                        "Cò a thuirt e", "Anna, na faclan fhèin"),
                new Sample("pl", "Co jest dla mnie ważne", "Moje życie dziś", List.of(
                        "Mieszkam z córką w małym mieszkaniu w Łodzi. Każdego dnia jem śniadanie o dziewiątej, "
                                + "a w niedzielę chodzę na spacer z psem. Chcę sam robić zakupy i gotować obiad. "
                                + "Źle się czuję, gdy muszę długo czekać na pomoc. Jesień to moja ulubiona pora "
                                + "roku, bo późnym popołudniem jest cicho.",
                        "Mam troje wnucząt i dwa koty."),
                        "Kto to powiedział", "Anna, własnymi słowami"),
                new Sample("ur", "میرے لیے کیا اہم ہے", "میری زندگی آج", List.of(
                        "میں اپنی بیٹی کے ساتھ ڈنڈی میں رہتی ہوں۔ میرا گھر بڑا نہیں ہے، لیکن مجھے یہاں اچھا لگتا "
                                + "ہے۔ میں ہر ہفتے 2 بار اپنے دوستوں سے ملنا چاہتی ہوں اور خود بازار جانا چاہتی ہوں۔ "
                                + "مجھے صبح اٹھنے اور شام کو نہانے میں مدد کی ضرورت ہے۔",
                        "میرے 3 پوتے پوتیاں اور 2 بلیاں ہیں۔"),
                        "کس نے کہا", "این، اپنے الفاظ میں"),
                new Sample("ar", "ما يهمني", "حياتي اليوم", List.of(
                        "أعيش مع ابنتي في شقة صغيرة في مدينة دندي. أحب زيارة أصدقائي يوم الجمعة، ولا أريد أن "
                                + "أترك بيتي. أحتاج إلى المساعدة 3 مرات في الأسبوع، ورقم هاتفي 01382 433000. أريد "
                                + "أن أقرر بنفسي من يساعدني ومتى.",
                        "لدي 3 أحفاد وقطتان."),
                        "من قال ذلك", "آن، بكلماتها الخاصة"),
                new Sample("zh-Hans", "对我来说重要的事", "我现在的生活", List.of(
                        "我和女儿住在邓迪的一套小公寓里。我喜欢每个星期五去社区中心喝茶，也想继续和合唱团的朋友们见面。"
                                + "每周我需要三次帮助：早上起床的时候和晚上洗澡的时候。我希望自己决定谁来帮助我，以及什么时候来。",
                        "我有3个孙子孙女和2只猫。"),
                        "谁说的", "安，用她自己的话"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_text_reaches_the_page_whole(Sample sample) throws IOException {
        for (boolean easyRead : new boolean[] {false, true}) {
            String read = comparable(text(WRITER.write(sample.document(easyRead))), sample.language());
            for (String written : sample.texts()) {
                assertThat(read).as("%s, easy read %s", sample.tag(), easyRead)
                        .contains(comparable(written, sample.language()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_line_stays_inside_the_margins(Sample sample) throws IOException {
        for (boolean easyRead : new boolean[] {false, true}) {
            try (PDDocument pdf = Loader.loadPDF(WRITER.write(sample.document(easyRead)))) {
                List<TextPosition> glyphs = positions(pdf, 1);
                assertThat(glyphs).hasSizeGreaterThan(100);
                assertThat(glyphs).allSatisfy(glyph -> {
                    assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(MARGIN - 0.5f);
                    assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                            .isLessThanOrEqualTo(PAGE_WIDTH - MARGIN + 0.5f);
                });
                // The long paragraph is wrapped: there are more lines than the title, the blocks and, in easy
                // read, the row's value under its term would take unwrapped.
                int unwrapped = 1 + sample.document(easyRead).blocks().size() + (easyRead ? 1 : 0);
                assertThat(lines(glyphs)).hasSizeGreaterThan(unwrapped);
            }
        }
    }

    @Test
    void a_language_written_from_the_left_starts_every_line_at_the_left_margin() throws IOException {
        for (String tag : List.of("en", "pl", "zh-Hans")) {
            Sample sample = sample(tag);
            try (PDDocument pdf = Loader.loadPDF(WRITER.write(paragraphsOnly(sample)))) {
                assertThat(lines(positions(pdf, 1)).values()).as(tag).allSatisfy(line ->
                        assertThat(line.getFirst().getXDirAdj()).isCloseTo(MARGIN, within(0.5f)));
            }
        }
    }

    @Test
    void a_language_written_from_the_right_ends_every_line_at_the_right_margin_and_reads_from_there()
            throws IOException {
        for (String tag : List.of("ar", "ur")) {
            Sample sample = sample(tag);
            try (PDDocument pdf = Loader.loadPDF(WRITER.write(paragraphsOnly(sample)))) {
                Map<Integer, List<TextPosition>> lines = lines(positions(pdf, 1));
                assertThat(lines.values()).as(tag).allSatisfy(line -> {
                    TextPosition rightmost = line.getLast();
                    assertThat(rightmost.getXDirAdj() + rightmost.getWidthDirAdj())
                            .isCloseTo(PAGE_WIDTH - MARGIN, within(0.5f));
                });
                // The title's first letter is the rightmost glyph of the first line.
                List<TextPosition> titleLine = lines.values().iterator().next();
                assertThat(NFKC.normalize(titleLine.getLast().getUnicode()))
                        .isEqualTo(sample.title().substring(0, 1));
            }
        }
    }

    @Test
    void arabic_script_is_drawn_joined_with_each_letter_in_its_shaped_form() throws IOException {
        for (String tag : List.of("ar", "ur")) {
            try (PDDocument pdf = Loader.loadPDF(WRITER.write(sample(tag).document(false)))) {
                List<String> drawn = positions(pdf, 1).stream().map(TextPosition::getUnicode).toList();
                assertThat(drawn).as(tag)
                        .anyMatch(glyph -> glyph.codePointAt(0) >= 0xFB50 && glyph.codePointAt(0) <= 0xFEFC)
                        .noneMatch(glyph -> glyph.codePointAt(0) >= 0x0620 && glyph.codePointAt(0) <= 0x06FF
                                && Character.isLetter(glyph.codePointAt(0)));
            }
        }
    }

    @Test
    void digits_and_latin_words_in_right_to_left_text_keep_their_order() throws IOException {
        Language arabic = sample("ar").language();
        String sentence = "رقم هاتفي 01382 433000 وبريدي ann.smith@example.org شكرا";
        String read = comparable(text(WRITER.write(new PrintableDocument(arabic, false, "ما يهمني",
                List.of(new Paragraph(sentence))))), arabic);

        assertThat(read).contains("01382 433000").contains("ann.smith@example.org")
                .contains(comparable(sentence, arabic));
    }

    @Test
    void a_long_text_runs_onto_further_pages_without_losing_a_line() throws IOException {
        Sample english = sample("en");
        List<Block> blocks = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> (Block) new Paragraph("Part " + n + ". " + english.paragraphs().getFirst()))
                .toList();
        byte[] written = WRITER.write(new PrintableDocument(english.language(), false, english.title(), blocks));

        try (PDDocument pdf = Loader.loadPDF(written)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).contains("Part 1.").doesNotContain("Part 12.");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            assertThat(comparable(lastPage.getText(pdf), english.language()))
                    .contains(comparable("Part 12. " + english.paragraphs().getFirst(), english.language()));
        }
        String read = comparable(text(written), english.language());
        for (int n = 1; n <= 12; n++) {
            assertThat(read).contains(comparable("Part " + n + ". " + english.paragraphs().getFirst(),
                    english.language()));
        }
    }

    @Test
    void a_word_longer_than_the_line_is_split_rather_than_cut_off() throws IOException {
        Language english = sample("en").language();
        String word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch".repeat(6);
        try (PDDocument pdf = Loader.loadPDF(WRITER.write(new PrintableDocument(english, true, "A long word",
                List.of(new Paragraph(word)))))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains(word);
            assertThat(positions(pdf, 1)).allSatisfy(glyph -> assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                    .isLessThanOrEqualTo(PAGE_WIDTH - MARGIN + 0.5f));
        }
    }

    @Test
    void chinese_lines_break_between_characters_but_never_before_a_comma_or_full_stop() throws IOException {
        Sample chinese = sample("zh-Hans");
        String paragraph = chinese.paragraphs().getFirst().repeat(3);
        String[] lines = text(WRITER.write(new PrintableDocument(chinese.language(), false, chinese.title(),
                List.of(new Paragraph(paragraph))))).strip().split("\\R");

        assertThat(lines).hasSizeGreaterThan(4);
        assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("。") || line.startsWith("："));
        assertThat(String.join("", lines).replaceAll("\\s", "")).contains(paragraph);
    }

    @Test
    void the_pdf_gives_viewers_and_screen_readers_its_language_and_title() throws IOException {
        for (Sample sample : samples().toList()) {
            try (PDDocument pdf = Loader.loadPDF(WRITER.write(sample.document(false)))) {
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(sample.tag());
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(sample.title());
                assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            }
        }
    }

    @Test
    void fonts_are_embedded_as_subsets_so_the_pdf_looks_the_same_everywhere() throws IOException {
        for (Sample sample : samples().toList()) {
            try (PDDocument pdf = Loader.loadPDF(WRITER.write(sample.document(false)))) {
                List<PDFont> fonts = fonts(pdf.getPage(0));
                assertThat(fonts).as(sample.tag()).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                });
            }
        }
    }

    @Test
    void a_name_in_another_script_is_drawn_with_a_font_that_has_it() throws IOException {
        Sample urdu = sample("ur");
        // Noto Naskh Arabic has Latin letters, Polish ones too, but neither Cyrillic nor Chinese.
        String withOtherNames = urdu.value() + " — Łucja, Ольга, 李华";
        byte[] written = WRITER.write(new PrintableDocument(urdu.language(), false, urdu.title(),
                List.of(new Row(urdu.term(), withOtherNames))));

        assertThat(text(written)).contains("Łucja").contains("Ольга").contains("李华");
        try (PDDocument pdf = Loader.loadPDF(written)) {
            assertThat(fonts(pdf.getPage(0))).extracting(PDFont::getName)
                    .anyMatch(name -> name.contains("NotoNaskhArabic"))
                    .anyMatch(name -> name.contains("NotoSans-"))
                    .anyMatch(name -> name.contains("NotoSansSC"));
        }
    }

    @Test
    void a_character_no_font_has_is_marked_rather_than_dropped_with_its_neighbours() throws IOException {
        Language english = sample("en").language();
        String read = text(WRITER.write(new PrintableDocument(english, false, "Faces",
                List.of(new Paragraph("Before 😀 after")))));

        assertThat(read).contains("Before \uFFFD after");
    }

    @Test
    void easy_read_draws_each_points_picture_on_the_start_side_with_its_text_beside_it() throws IOException {
        for (String tag : List.of("en", "ar")) {
            Sample sample = sample(tag);
            List<Block> points = List.of(
                    new PicturedPoint("red-heart", sample.paragraphs().get(1)),
                    new PicturedPoint("key", sample.paragraphs().getFirst()),
                    new PicturedPoint("handshake", sample.value()));
            byte[] written = WRITER.write(new PrintableDocument(sample.language(), true, sample.title(), points));

            try (PDDocument pdf = Loader.loadPDF(written)) {
                PDPage page = pdf.getPage(0);
                assertThat(imageNames(page.getResources())).as(tag).hasSize(3);
                List<Rectangle2D> drawn = ImagesDrawn.on(page);
                assertThat(drawn).as(tag).hasSize(3).allSatisfy(image -> {
                    assertThat(image.getWidth()).isCloseTo(TWO_CENTIMETRES, within(0.5));
                    assertThat(image.getHeight()).isCloseTo(TWO_CENTIMETRES, within(0.5));
                    double startSide = tag.equals("ar") ? PAGE_WIDTH - MARGIN - image.getMaxX() : image.getX() - MARGIN;
                    assertThat(startSide).isCloseTo(0, within(0.5));
                });
                // No text overlaps a picture: it stands beside it.
                assertThat(positions(pdf, 1)).noneSatisfy(glyph -> assertThat(drawn).anyMatch(image ->
                        image.intersects(glyph.getXDirAdj(), page.getMediaBox().getHeight() - glyph.getYDirAdj(),
                                glyph.getWidthDirAdj(), glyph.getHeightDir())));
            }
            assertThat(comparable(text(written), sample.language()))
                    .contains(comparable(sample.paragraphs().getFirst(), sample.language()));
        }
    }

    @Test
    void standard_text_shows_no_pictures() throws IOException {
        Sample english = sample("en");
        try (PDDocument pdf = Loader.loadPDF(WRITER.write(new PrintableDocument(english.language(), false,
                english.title(), List.of(new PicturedPoint("red-heart", english.value())))))) {
            assertThat(imageNames(pdf.getPage(0).getResources())).isEmpty();
            assertThat(new PDFTextStripper().getText(pdf)).contains(english.value());
        }
    }

    @Test
    void a_point_whose_picture_is_not_in_the_set_keeps_its_text() throws IOException {
        Sample english = sample("en");
        try (PDDocument pdf = Loader.loadPDF(WRITER.write(new PrintableDocument(english.language(), true,
                english.title(), List.of(new PicturedPoint("no-such-picture", english.value())))))) {
            assertThat(imageNames(pdf.getPage(0).getResources())).isEmpty();
            assertThat(new PDFTextStripper().getText(pdf)).contains(english.value());
        }
    }

    @Test
    void easy_read_text_is_at_least_14_point_and_standard_text_about_11() throws IOException {
        for (Sample sample : samples().toList()) {
            try (PDDocument easyRead = Loader.loadPDF(WRITER.write(sample.document(true)));
                    PDDocument standard = Loader.loadPDF(WRITER.write(sample.document(false)))) {
                assertThat(smallestSize(positions(easyRead, 1))).as(sample.tag()).isGreaterThanOrEqualTo(14);
                assertThat(smallestSize(positions(standard, 1))).as(sample.tag()).isBetween(11f, 12f);
            }
        }
    }

    @Test
    void urdu_and_arabic_letters_take_the_form_their_neighbours_call_for() {
        // ٹیم "team": ٹ joins the letter after it (initial), ی both (medial), م the one before it (final).
        assertThat(ArabicLetterShaper.shape("ٹیم")).isEqualTo("\uFB68\uFBFF\uFEE2");
        // ے (yeh barree) joins only the letter before it; ہ (heh goal) joins both ways.
        assertThat(ArabicLetterShaper.shape("کہے")).isEqualTo("\uFB90\uFBA9\uFBAF");
        // سلام: lam and alef become their ligature, and م after an alef stands alone.
        assertThat(ArabicLetterShaper.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        assertThat(ArabicLetterShaper.shape("Dundee 2026")).isEqualTo("Dundee 2026");
        for (Sample sample : List.of(sample("ur"), sample("ar"))) {
            for (String text : sample.texts()) {
                String shaped = ArabicLetterShaper.shape(text);
                assertThat(NFKC.normalize(shaped)).isEqualTo(NFKC.normalize(text));
                assertThat(shaped.codePoints().filter(c -> c >= 0x0620 && c <= 0x06FF && Character.isLetter(c)))
                        .as("letters left unshaped in %s", text).isEmpty();
            }
        }
    }

    // ---- reading the PDF back

    private static Sample sample(String tag) {
        return samples().filter(sample -> sample.tag().equals(tag)).findFirst().orElseThrow();
    }

    private static PrintableDocument paragraphsOnly(Sample sample) {
        return new PrintableDocument(sample.language(), false, sample.title(),
                sample.paragraphs().stream().map(paragraph -> (Block) new Paragraph(paragraph)).toList());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Text in a form both what was written and what was read back can be compared in: presentation forms back to
     * letters, and lines joined. Chinese has no spaces, so a line break in it is no space either.
     */
    private static String comparable(String text, Language language) {
        String letters = NFKC.normalize(text);
        return language.tag().startsWith("zh") ? letters.replaceAll("\\s", "") : letters.replaceAll("\\s+", " ");
    }

    /** Every glyph on the page, with its position. */
    private static List<TextPosition> positions(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                glyphs.addAll(textPositions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    /** The glyphs grouped into lines by their baseline, top line first, each line from left to right. */
    private static Map<Integer, List<TextPosition>> lines(List<TextPosition> glyphs) {
        return glyphs.stream().collect(Collectors.groupingBy(glyph -> Math.round(glyph.getYDirAdj()), TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), line -> line.stream()
                        .sorted((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj())).toList())));
    }

    private static float smallestSize(List<TextPosition> glyphs) {
        return (float) glyphs.stream().mapToDouble(TextPosition::getFontSizeInPt).min().orElseThrow();
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static List<COSName> imageNames(PDResources resources) throws IOException {
        List<COSName> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                images.add(name);
            }
        }
        return images;
    }

    /** Where each image is drawn on a page, in PDF coordinates, as the page's content stream places it. */
    private static final class ImagesDrawn extends PDFStreamEngine {

        private final List<Rectangle2D> drawn = new ArrayList<>();

        private ImagesDrawn() {
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new Concatenate(this));
            addOperator(new SetMatrix(this));
        }

        static List<Rectangle2D> on(PDPage page) throws IOException {
            ImagesDrawn images = new ImagesDrawn();
            images.processPage(page);
            return images.drawn;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName())
                    && getResources().getXObject((COSName) operands.getFirst()) instanceof PDImageXObject) {
                Matrix placed = getGraphicsState().getCurrentTransformationMatrix();
                drawn.add(new Rectangle2D.Float(placed.getTranslateX(), placed.getTranslateY(),
                        placed.getScalingFactorX(), placed.getScalingFactorY()));
            }
            super.processOperator(operator, operands);
        }
    }
}
