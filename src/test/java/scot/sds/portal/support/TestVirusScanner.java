package scot.sds.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.test.context.TestComponent;
import scot.sds.portal.shared.upload.UploadScanner;

/**
 * Stands in for a council's virus scanner in every test of the whole portal: a file holding {@link #SIGNATURE}
 * is infected, as a real scanner would report a file holding a virus's signature.
 */
@TestComponent
public class TestVirusScanner implements UploadScanner {

    public static final String SIGNATURE = "portal-test-virus-signature";
    private static final byte[] SIGNATURE_BYTES = SIGNATURE.getBytes(StandardCharsets.US_ASCII);

    @Override
    public Verdict scan(byte[] content) {
        for (int start = 0; start + SIGNATURE_BYTES.length <= content.length; start++) {
            if (Arrays.equals(content, start, start + SIGNATURE_BYTES.length, SIGNATURE_BYTES, 0,
                    SIGNATURE_BYTES.length)) {
                return Verdict.INFECTED;
            }
        }
        return Verdict.CLEAN;
    }
}
