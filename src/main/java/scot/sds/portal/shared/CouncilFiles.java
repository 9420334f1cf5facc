package scot.sds.portal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The council's content files (questionnaire, outcomes, options, allocation rules), read as JSON strictly: a
 * misspelt field is an error, not silently ignored, while a flag left out means false.
 */
public final class CouncilFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CouncilFiles() {}

    /** A file's text, UTF-8. */
    public static String text(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the council's file " + file, e);
        }
    }

    public static <T> T parse(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    public static <T> T read(Resource file, Class<T> type) {
        return parse(text(file), type);
    }
}
