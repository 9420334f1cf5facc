package scot.sds.portal.access;

/**
 * Why a helper may act: the person's own consent, or a legal authority registered with the Office of the
 * Public Guardian (Scotland) under the Adults with Incapacity (Scotland) Act 2000.
 */
public enum LegalBasis {
    CONSENT,
    CONTINUING_POWER_OF_ATTORNEY,
    WELFARE_POWER_OF_ATTORNEY,
    COMBINED_POWER_OF_ATTORNEY,
    GUARDIANSHIP,
    INTERVENTION_ORDER;

    /** A legal authority must be checked by council staff before it counts. */
    public boolean isLegalAuthority() {
        return this != CONSENT;
    }
}
