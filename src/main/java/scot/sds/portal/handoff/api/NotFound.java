package scot.sds.portal.handoff.api;

/** Nothing the API offers is at the address asked for: an unknown path, or no submission with that reference. */
class NotFound extends RuntimeException {

    NotFound(String detail) {
        super(detail);
    }
}
