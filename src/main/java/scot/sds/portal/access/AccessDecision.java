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

    static final String ONLY_THE_PERSON = "only-the-person";
    static final String OUT_OF_SCOPE = "out-of-scope";
}
