package scot.sds.portal.account;

/**
 * A council system, not a person, that signs in to one of the portal's APIs with a client id and secret. It has no
 * account and no session, and its authority is one no person's or staff member's sign-in ever carries.
 */
public enum SystemClient {
    /** The council's case-management system (Mosaic, Liquidlogic or the like), reading what people sent. */
    CASE_MANAGEMENT("ROLE_CASE_MANAGEMENT_SYSTEM");

    private final String authority;

    SystemClient(String authority) {
        this.authority = authority;
    }

    /** The Spring Security authority a request signed in as this client carries. */
    public String authority() {
        return authority;
    }
}
