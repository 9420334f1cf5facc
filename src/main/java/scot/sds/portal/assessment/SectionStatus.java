package scot.sds.portal.assessment;

/** A section's line on the task list. */
public enum SectionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
