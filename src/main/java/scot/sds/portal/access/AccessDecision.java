package scot.sds.portal.access;

/**
 * The answer of the one access check: whether the signed-in actor may take an action on a person's data, the
 * relationship that allows it (if a helper), and, when refused, why.
 *
 * @param helperRole the helper's role in that relationship, or {@code null} when no relationship was needed
 * @param reason a short code: {@code own-record}, {@code council-staff}, {@code relationship} when allowed;
 *     {@code not-signed-in}, {@code no-relationship}, {@code relationship-revoked}, {@code out-of-scope}...
 *     when refused
 */
public record AccessDecision(boolean allowed, long actorId, long personId, Long relationshipId,
        HelperRole helperRole, Action action,
        String reason) {

    /** How a person acting for themselves is recorded beside what they wrote. */
    static final String THE_PERSON = "PERSON";

    static final String ONLY_THE_PERSON = "only-the-person";
    static final String OUT_OF_SCOPE = "out-of-scope";

    /** How the actor acted, to record beside what they wrote: their helper role, or the person themselves. */
    public String actedAs() {
        return helperRole == null ? THE_PERSON : helperRole.name();
    }

    /** The helper role recorded by {@link #actedAs()}, or {@code null} if the person acted for themselves. */
    public static HelperRole helperRoleOf(String actedAs) {
        return THE_PERSON.equals(actedAs) ? null : HelperRole.valueOf(actedAs);
    }
}
