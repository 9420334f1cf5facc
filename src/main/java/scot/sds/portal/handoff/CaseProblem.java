package scot.sds.portal.handoff;

/** Why a step on a case was not taken; pages show each next to its field. */
public enum CaseProblem {
    TEXT_MISSING,
    TEXT_TOO_LONG,
    DATE_MISSING,
    DATE_PAST,
    TIME_MISSING,
    HOW_MISSING,
    PLACE_MISSING,
    WHO_MISSING,
    ELIGIBILITY_MISSING,
    BUDGET_MISSING,
    BUDGET_TOO_HIGH,
    PLAN_MISSING,
    CHANGE_KIND_MISSING,
    /** Nothing more can happen on a closed case: the person makes a new request. */
    CASE_CLOSED
}
