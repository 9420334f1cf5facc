package scot.sds.portal.shared.pdf;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import scot.sds.portal.shared.i18n.Pictures;

/**
 * The easy-read pictures of one document, as images. The OpenMoji pictures are SVG, which PDF cannot show: JSVG
 * draws each at print resolution, and a picture used twice is stored once.
 */
final class PictureImages {

    /** 2 cm at 300 dots per inch, sharp on paper. */
    private static final int PIXELS = 240;

    private final PDDocument document;
    private final Pictures pictures;
    private final Map<String, Optional<PDImageXObject>> byName = new HashMap<>();

    PictureImages(PDDocument document, Pictures pictures) {
        this.document = document;
        this.pictures = pictures;
    }

    /** The picture, or empty if the set has no picture by that name: the point's text still shows. */
    Optional<PDImageXObject> image(String name) {
        return byName.computeIfAbsent(name, this::draw);
    }

    private Optional<PDImageXObject> draw(String name) {
        return pictures.svg(name).map(svg -> toImage(name, svg));
    }

    private PDImageXObject toImage(String name, String svg) {
        SVGDocument picture = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                null, LoaderContext.createDefault());
        if (picture == null) {
            throw new IllegalStateException("The picture " + name + " is not an SVG that can be read");
        }
        BufferedImage image = new BufferedImage(PIXELS, PIXELS, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            picture.render(null, graphics, new ViewBox(0, 0, PIXELS, PIXELS));
        } finally {
            graphics.dispose();
        }
        try {
            return LosslessFactory.createFromImage(document, image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
