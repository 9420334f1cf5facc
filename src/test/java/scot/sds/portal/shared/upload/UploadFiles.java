package scot.sds.portal.shared.upload;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** Small files of each kind the tests upload, and a validator with small limits to try them against. */
public final class UploadFiles {

    public static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    public static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    public static final byte[] HTML = ascii("<html><body><script>alert(document.cookie)</script></body></html>");
    public static final byte[] SVG = ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    private UploadFiles() {}

    /** A validator taking files of up to 1 kB, with the scanner given. */
    static UploadValidator validator(UploadScanner scanner) {
        DataSize limit = DataSize.ofKilobytes(1);
        return new UploadValidator(Map.of(UploadPurpose.EVIDENCE, limit, UploadPurpose.DIRECTORY, limit), scanner);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
