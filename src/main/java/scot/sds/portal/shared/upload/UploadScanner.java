package scot.sds.portal.shared.upload;

/**
 * A virus scanner every upload passes through before the portal keeps it. A council plugs one in by declaring a
 * Spring bean of this type (for example one that sends the file to ClamAV's clamd with its INSTREAM command);
 * without one, {@link NoScanner} lets every file through.
 */
@FunctionalInterface
public interface UploadScanner {

    /** What the scanner found. */
    enum Verdict {
        CLEAN,
        INFECTED
    }

    /** Looks at the whole file; a scanner that cannot give a verdict throws, and the file is not kept. */
    Verdict scan(byte[] content);
}
