package scot.sds.portal.outcomes;

/** The groups of the Talking Points personal outcomes, and the carers' own set. */
public enum OutcomeGroup {
    QUALITY_OF_LIFE,
    PROCESS,
    CHANGE,
    CARER
}
