package scot.sds.portal.providers;

/** A file that cannot be imported at all: nothing from it is applied. */
public class BrokenFile extends RuntimeException {

    public BrokenFile(String reason) {
        super(reason);
    }

    public BrokenFile(String reason, Throwable cause) {
        super(reason, cause);
    }
}
