package scot.sds.portal.providers;

/** Why a report about a service's information cannot be sent as it is. */
public enum ReportProblem {
    WHAT_MISSING,
    /** "Something else" says nothing without a few words. */
    DETAILS_MISSING,
    TOO_LONG
}
