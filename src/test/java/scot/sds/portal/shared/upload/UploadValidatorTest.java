package scot.sds.portal.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.shared.upload.UploadFiles.ascii;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files are judged by their content, whatever they are called or claim to be, and the scanner has the last word. */
class UploadValidatorTest {

    private final List<byte[]> scanned = new ArrayList<>();
    private final UploadValidator validator = UploadFiles.validator(content -> {
        scanned.add(content);
        return UploadScanner.Verdict.CLEAN;
    });

    @Test
    void a_certificate_may_be_a_pdf_png_or_jpeg_by_its_first_bytes() {
        assertThat(validator.check(UploadPurpose.EVIDENCE, UploadFiles.PDF)).isEqualTo(UploadType.PDF);
        assertThat(validator.check(UploadPurpose.EVIDENCE, UploadFiles.PNG)).isEqualTo(UploadType.PNG);
        assertThat(validator.check(UploadPurpose.EVIDENCE, UploadFiles.JPEG)).isEqualTo(UploadType.JPEG);
        assertThat(scanned).containsExactly(UploadFiles.PDF, UploadFiles.PNG, UploadFiles.JPEG);
    }

    @Test
    void a_directory_file_may_be_json_or_csv_text_in_utf8_or_latin1() {
        assertThat(validator.check(UploadPurpose.DIRECTORY, ascii(" \r\n[{\"id\": 1}]"))).isEqualTo(UploadType.JSON);
        byte[] withBom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\n', '{', '}'};
        assertThat(validator.check(UploadPurpose.DIRECTORY, withBom)).isEqualTo(UploadType.JSON);
        assertThat(validator.check(UploadPurpose.DIRECTORY, "Name,Town\r\nCafé Care,Perth\r\n"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(UploadType.CSV);
        assertThat(validator.check(UploadPurpose.DIRECTORY, "Name\tTown\nCafé Care\tPerth\n"
                .getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(UploadType.CSV);
    }

    @Test
    void pages_scripts_programs_and_partial_signatures_are_not_certificates() {
        for (byte[] content : List.of(UploadFiles.HTML, UploadFiles.SVG, UploadFiles.EXE, ascii("%PD"),
                Arrays.copyOf(UploadFiles.PNG, 7), ascii(" %PDF-1.7"))) {
            assertRefused(UploadPurpose.EVIDENCE, content, UploadRefused.Why.WRONG_TYPE);
        }
        assertThat(scanned).isEmpty();
    }

    @Test
    void binary_files_are_not_directory_files() {
        for (byte[] content : List.of(UploadFiles.PNG, UploadFiles.JPEG, UploadFiles.EXE, ascii("Name\0Town"),
                ascii("[1,\u0001]"))) {
            assertRefused(UploadPurpose.DIRECTORY, content, UploadRefused.Why.WRONG_TYPE);
        }
    }

    @Test
    void empty_and_oversized_files_are_refused_before_anything_else() {
        assertRefused(UploadPurpose.EVIDENCE, null, UploadRefused.Why.EMPTY);
        assertRefused(UploadPurpose.EVIDENCE, new byte[0], UploadRefused.Why.EMPTY);
        byte[] justTooBig = Arrays.copyOf(UploadFiles.PDF, 1025);
        assertRefused(UploadPurpose.EVIDENCE, justTooBig, UploadRefused.Why.TOO_BIG);
        assertRefused(UploadPurpose.DIRECTORY, Arrays.copyOf(ascii("a,b\n"), 1025), UploadRefused.Why.TOO_BIG);
        assertThat(validator.check(UploadPurpose.EVIDENCE, Arrays.copyOf(UploadFiles.PDF, 1024)))
                .isEqualTo(UploadType.PDF);
        assertThat(validator.maximumBytes(UploadPurpose.EVIDENCE)).isEqualTo(1024);
    }

    @Test
    void a_file_the_scanner_finds_infected_is_refused() {
        UploadValidator scanning = UploadFiles.validator(content -> UploadScanner.Verdict.INFECTED);
        assertThatThrownBy(() -> scanning.check(UploadPurpose.EVIDENCE, UploadFiles.PDF))
                .isInstanceOfSatisfying(UploadRefused.class,
                        refused -> assertThat(refused.why()).isEqualTo(UploadRefused.Why.REFUSED_BY_SCANNER));
    }

    private void assertRefused(UploadPurpose purpose, byte[] content, UploadRefused.Why why) {
        assertThatThrownBy(() -> validator.check(purpose, content)).isInstanceOfSatisfying(UploadRefused.class,
                refused -> assertThat(refused.why()).isEqualTo(why));
    }
}
