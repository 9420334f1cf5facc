package scot.sds.portal.providers.openreferral;

/** Nothing the API offers is at the address asked for: an unknown path, or no active service with that id. */
class NotFound extends RuntimeException {

    NotFound(String detail) {
        super(detail);
    }
}
