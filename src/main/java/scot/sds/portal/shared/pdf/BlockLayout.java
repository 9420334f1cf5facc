package scot.sds.portal.shared.pdf;

import java.io.IOException;
import java.util.List;
import scot.sds.portal.shared.pdf.PrintableDocument.Block;
import scot.sds.portal.shared.pdf.PrintableDocument.Heading;
import scot.sds.portal.shared.pdf.PrintableDocument.Paragraph;
import scot.sds.portal.shared.pdf.PrintableDocument.PicturedPoint;
import scot.sds.portal.shared.pdf.PrintableDocument.Row;

/** How each kind of block looks on the page, in standard text or easy read. */
final class BlockLayout {

    private final PageFlow flow;
    private final Typesetter typesetter;
    private final PictureImages pictures;
    private final PageStyle style;

    BlockLayout(PageFlow flow, Typesetter typesetter, PictureImages pictures, PageStyle style) {
        this.flow = flow;
        this.typesetter = typesetter;
        this.pictures = pictures;
        this.style = style;
    }

    void title(String text) throws IOException {
        heading(text, style.title());
    }

    void place(Block block) throws IOException {
        switch (block) {
            case Heading heading -> {
                flow.space(style.headingGap());
                heading(heading.text(), style.heading());
            }
            case Paragraph paragraph -> {
                flow.space(style.blockGap());
                lines(typesetter.lines(paragraph.text(), style.body(), flow.width()), style.body(), 0, flow.width());
            }
            case Row row -> {
                flow.space(style.blockGap());
                row(row);
            }
            case PicturedPoint point -> {
                flow.space(style.blockGap());
                point(point);
            }
        }
    }

    /** A heading is kept on the same page as the first line after it. */
    private void heading(String text, TextStyle headingStyle) throws IOException {
        List<SetLine> lines = typesetter.lines(text, headingStyle, flow.width());
        flow.keepRoomFor(lines.size() * headingStyle.lineHeight() + style.blockGap() + style.body().lineHeight());
        lines(lines, headingStyle, 0, flow.width());
    }

    private void lines(List<SetLine> lines, TextStyle textStyle, float columnStart, float columnWidth)
            throws IOException {
        for (SetLine line : lines) {
            flow.keepRoomFor(textStyle.lineHeight());
            flow.drawLine(line, textStyle, columnStart, columnWidth);
        }
    }

    /** A term and its value: side by side, line by line, or in easy read the value under its term. */
    private void row(Row row) throws IOException {
        if (style.rowsStacked()) {
            lines(typesetter.lines(row.term(), style.term(), flow.width()), style.term(), 0, flow.width());
            lines(typesetter.lines(row.value(), style.body(), flow.width()), style.body(), 0, flow.width());
        } else {
            float gap = style.body().size();
            float termWidth = flow.width() * style.termShare();
            float valueWidth = flow.width() - termWidth - gap;
            List<SetLine> terms = typesetter.lines(row.term(), style.term(), termWidth);
            List<SetLine> values = typesetter.lines(row.value(), style.body(), valueWidth);
            for (int i = 0; i < Math.max(terms.size(), values.size()); i++) {
                flow.keepRoomFor(style.body().lineHeight());
                if (i < terms.size()) {
                    flow.drawLineAt(terms.get(i), style.term(), 0, termWidth);
                }
                if (i < values.size()) {
                    flow.drawLineAt(values.get(i), style.body(), termWidth + gap, valueWidth);
                }
                flow.moveDown(style.body().lineHeight());
            }
        }
        flow.moveDown(style.blockGap() / 2);
        flow.drawRule();
    }

    /**
     * An easy-read point: its picture on the start side and the text beside it, centred on the picture when it is
     * shorter. In standard text it is a paragraph: the picture is decoration, the text says everything.
     */
    private void point(PicturedPoint point) throws IOException {
        float pictureSize = style.pictureSize();
        if (pictureSize == 0) {
            lines(typesetter.lines(point.text(), style.body(), flow.width()), style.body(), 0, flow.width());
            return;
        }
        float textStart = pictureSize + style.pictureGap();
        float textWidth = flow.width() - textStart;
        List<SetLine> lines = typesetter.lines(point.text(), style.body(), textWidth);
        float textHeight = lines.size() * style.body().lineHeight();
        flow.keepRoomFor(Math.max(pictureSize, style.body().lineHeight()));
        int page = flow.pageNumber();
        float pictureBottom = flow.y() - pictureSize;
        var image = pictures.image(point.pictureName());
        if (image.isPresent()) {
            flow.drawImage(image.get(), 0, pictureSize);
        }
        if (textHeight < pictureSize) {
            flow.moveDown((pictureSize - textHeight) / 2);
        }
        lines(lines, style.body(), textStart, textWidth);
        if (flow.pageNumber() == page && flow.y() > pictureBottom) {
            flow.moveDown(flow.y() - pictureBottom);
        }
    }
}
