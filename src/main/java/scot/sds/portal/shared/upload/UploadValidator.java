package scot.sds.portal.shared.upload;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one check every uploaded file passes before the portal keeps or reads it: not empty, not too large, of a
 * type its purpose allows judged by its content alone, and passed by the virus scanner.
 */
@Component
public class UploadValidator {

    private final Map<UploadPurpose, DataSize> limits;
    private final UploadScanner scanner;

    @Autowired
    UploadValidator(@Value("${portal.uploads.evidence-max-size}") DataSize evidenceLimit,
            @Value("${portal.uploads.directory-max-size}") DataSize directoryLimit,
            ObjectProvider<UploadScanner> scanners) {
        this(Map.of(UploadPurpose.EVIDENCE, evidenceLimit, UploadPurpose.DIRECTORY, directoryLimit),
                scanners.getIfUnique(NoScanner::new));
    }

    UploadValidator(Map<UploadPurpose, DataSize> limits, UploadScanner scanner) {
        this.limits = Map.copyOf(limits);
        this.scanner = scanner;
    }

    /**
     * The file's type, read from its content.
     *
     * @throws UploadRefused if the file may not be kept; the scanner is asked only about files otherwise fine
     */
    public UploadType check(UploadPurpose purpose, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRefused(UploadRefused.Why.EMPTY);
        }
        if (content.length > maximumBytes(purpose)) {
            throw new UploadRefused(UploadRefused.Why.TOO_BIG);
        }
        UploadType type = purpose.types().stream().filter(t -> t.matches(content)).findFirst()
                .orElseThrow(() -> new UploadRefused(UploadRefused.Why.WRONG_TYPE));
        if (scanner.scan(content) != UploadScanner.Verdict.CLEAN) {
            throw new UploadRefused(UploadRefused.Why.REFUSED_BY_SCANNER);
        }
        return type;
    }

    /** The largest file taken for the purpose, which the upload field also tells the browser. */
    public int maximumBytes(UploadPurpose purpose) {
        return Math.toIntExact(limits.get(purpose).toBytes());
    }

    /** The same, in whole megabytes, for the texts that say how large a file may be. */
    public long maximumMegabytes(UploadPurpose purpose) {
        return limits.get(purpose).toMegabytes();
    }
}
