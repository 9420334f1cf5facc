package scot.sds.portal.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pictures beside easy-read points. {@code i18n/pictures/<feature>.properties} names a picture for each
 * point; the pictures come from the OpenMoji set (CC BY-SA 4.0), installed from the npm registry at build time.
 */
@Component
public class Pictures {

    /** Where the pictures are served, each as {@code <name>.svg}. */
    public static final String PATH = "/pictures/";
    static final String SET = "pictures/icons.json";
    static final String CHOICES = "classpath*:i18n/pictures/*.properties";

    private final Map<String, String> pictureForKey;
    private final Map<String, String> svgByName;

    public Pictures() {
        this.pictureForKey = MessageCatalogue.loadAll(CHOICES);
        this.svgByName = readSet();
    }

    /** The picture chosen for an easy-read point, by the key of its text. */
    public Optional<String> forKey(String messageKey) {
        return Optional.ofNullable(pictureForKey.get(messageKey));
    }

    /** The address of a picture, for an {@code <img>}. */
    public static String href(String name) {
        return PATH + name + ".svg";
    }

    /** The picture as a standalone SVG document. */
    public Optional<String> svg(String name) {
        return Optional.ofNullable(svgByName.get(name));
    }

    Map<String, String> choices() {
        return pictureForKey;
    }

    private static Map<String, String> readSet() {
        try (InputStream stream = Pictures.class.getClassLoader().getResourceAsStream(SET)) {
            if (stream == null) {
                throw new IllegalStateException(SET + " is missing: the build installs it from frontend/package.json");
            }
            JsonNode root = JsonMapper.shared().readTree(stream);
            int defaultWidth = root.path("width").asInt(72);
            int defaultHeight = root.path("height").asInt(72);
            Map<String, String> svgs = new HashMap<>();
            for (var entry : root.path("icons").properties()) {
                JsonNode icon = entry.getValue();
                svgs.put(entry.getKey(), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                        + icon.path("width").asInt(defaultWidth) + " " + icon.path("height").asInt(defaultHeight)
                        + "\">" + icon.path("body").asString() + "</svg>");
            }
            // An alias is another name for a picture in the set.
            for (var alias : root.path("aliases").properties()) {
                String parent = svgs.get(alias.getValue().path("parent").asString());
                if (parent != null) {
                    svgs.put(alias.getKey(), parent);
                }
            }
            return svgs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
