package scot.sds.portal.access;

/** Something done with a person's data, and the scope a helper needs for it. */
public enum Action {
    VIEW_RECORD(Scope.VIEW),
    CHANGE_ANSWERS(Scope.ANSWER),
    SUBMIT_TO_COUNCIL(Scope.SUBMIT),
    READ_MESSAGES(Scope.MESSAGES),
    WRITE_MESSAGES(Scope.MESSAGES),
    /**
     * The council's steps on a case: booking an assessment, deciding, closing. Only council staff, and never on
     * their own case; no helper, and not the person.
     */
    CASEWORK(null),
    /**
     * Taking a copy of everything the portal holds about the person: the person, or council staff on their
     * behalf (a subject access request made to the council); no helper.
     */
    DOWNLOAD_RECORDS(null),
    /** Inviting, changing and revoking helpers: the person's own decision, never a helper's. */
    MANAGE_HELPERS(null);

    private final Scope scope;

    Action(Scope scope) {
        this.scope = scope;
    }

    /** The scope a helper needs, or {@code null} if no helper may do this at all. */
    Scope requiredScope() {
        return scope;
    }
}
