package scot.sds.portal.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Whatever bytes arrive, the upload check either refuses them with its own {@link UploadRefused} or names a type
 * the bytes really are, checked here against the published signatures independently of the portal's own code.
 * Without {@code JAZZER_FUZZ=1} this replays the inputs in {@code UploadValidatorFuzzTestInputs/}.
 */
class UploadValidatorFuzzTest {

    private static final Pattern TEXT = Pattern.compile("[^\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f]*");
    /** An object or a list, after any UTF-8 byte-order mark (read here as Latin-1) and white space. */
    private static final Pattern JSON_START = Pattern.compile("(\u00ef\u00bb\u00bf)?[ \\t\\n\\f\\r]*[\\[{]");

    private final UploadValidator validator = UploadFiles.validator(content -> UploadScanner.Verdict.CLEAN);

    @FuzzTest(maxDuration = "5m")
    void only_files_of_an_allowed_type_pass(byte[] content) {
        for (UploadPurpose purpose : UploadPurpose.values()) {
            UploadType type;
            try {
                type = validator.check(purpose, content);
            } catch (UploadRefused refused) {
                continue;
            }
            assertThat(purpose.types()).contains(type);
            assertThat(content.length).isBetween(1, 1024);
            assertThat(really(type, content)).as("%s accepted as %s", Arrays.toString(content), type).isTrue();
        }
    }

    private static boolean really(UploadType type, byte[] content) {
        String bytes = new String(content, StandardCharsets.ISO_8859_1);
        return switch (type) {
            case PDF -> bytes.startsWith("%PDF-");
            case PNG -> bytes.startsWith("\u0089PNG\r\n\u001a\n");
            case JPEG -> bytes.startsWith("\u00ff\u00d8\u00ff");
            case JSON -> TEXT.matcher(bytes).matches() && JSON_START.matcher(bytes).lookingAt();
            case CSV -> TEXT.matcher(bytes).matches();
        };
    }
}
