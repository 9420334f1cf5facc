package scot.sds.portal.shared.api;

/** Nothing an API offers is at the address asked for, such as an unknown path or id. */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
