package scot.sds.portal.shared.upload;

/** A file the portal will not keep; each feature says why in its own words. */
public class UploadRefused extends RuntimeException {

    /** Why the file was refused. */
    public enum Why {
        EMPTY,
        TOO_BIG,
        WRONG_TYPE,
        REFUSED_BY_SCANNER
    }

    private final Why why;

    UploadRefused(Why why) {
        super("Upload refused: " + why);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
