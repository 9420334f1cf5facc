package scot.sds.portal.outcomes;

/** Why an outcome was not saved, each shown beside its field. */
public enum OutcomeProblem {
    OWN_WORDS_MISSING,
    PRIORITY_MISSING,
    NATIONAL_OUTCOME_MISSING,
    TOO_LONG
}
