package scot.sds.portal.access;

/** Where a relationship stands. */
public enum RelationshipStatus {
    /** Invited but not yet accepted, or accepted but its legal authority not yet checked by staff. */
    PENDING,
    ACTIVE,
    SUSPENDED,
    REVOKED,
    /** Past its end date or its legal authority's expiry: worked out on every request. */
    EXPIRED
}
