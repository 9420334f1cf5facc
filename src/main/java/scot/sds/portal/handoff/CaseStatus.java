package scot.sds.portal.handoff;

/** Where a submission is in the council's work, as the staff queue filters it. */
public enum CaseStatus {
    NEW,
    BEING_LOOKED_AT
}
