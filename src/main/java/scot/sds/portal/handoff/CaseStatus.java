package scot.sds.portal.handoff;

/** Where a submission is in the council's work, as the staff queue filters it and the person's tracker says. */
public enum CaseStatus {
    NEW,
    BEING_LOOKED_AT,
    WAITING_FOR_INFORMATION,
    ASSESSMENT_BOOKED,
    DECIDED,
    CLOSED
}
