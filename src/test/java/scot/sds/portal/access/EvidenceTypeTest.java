package scot.sds.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence documents are recognised by their content, whatever they are called or claim to be. */
class EvidenceTypeTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdf_png_and_jpeg_are_recognised_by_their_first_bytes() {
        assertThat(EvidenceType.of(PDF)).hasValue(EvidenceType.PDF);
        assertThat(EvidenceType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))
                .hasValue(EvidenceType.PNG);
        assertThat(EvidenceType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0}))
                .hasValue(EvidenceType.JPEG);
    }

    @Test
    void anything_else_is_refused_even_when_it_looks_harmless() {
        assertThat(EvidenceType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(EvidenceType.of(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(EvidenceType.of(new byte[] {'%', 'P', 'D'})).isEmpty();
        assertThat(EvidenceType.of(new byte[0])).isEmpty();
        assertThat(EvidenceType.of(null)).isEmpty();
    }
}
