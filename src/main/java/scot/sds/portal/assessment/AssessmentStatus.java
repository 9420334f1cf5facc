package scot.sds.portal.assessment;

/** Where an assessment is: being written by the person and their helpers, or sent to the council. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED
}
