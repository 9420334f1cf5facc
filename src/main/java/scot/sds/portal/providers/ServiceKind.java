package scot.sds.portal.providers;

/** What kind of support a service gives, as citizens search for it. */
public enum ServiceKind {
    CARE_AT_HOME,
    HOUSING_SUPPORT,
    DAY_CARE,
    RESPITE,
    CARE_HOME,
    COMMUNITY_GROUP,
    ADVOCACY,
    BROKERAGE,
    PA_REGISTER,
    /** Registered but not adult social care (a childminder, say): kept, never offered in a search by kind. */
    OTHER
}
