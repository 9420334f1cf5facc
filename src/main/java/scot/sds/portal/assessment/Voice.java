package scot.sds.portal.assessment;

/** Whose view an answer gives: the person's own words (typed by them or written down for them), or a helper's. */
public enum Voice {
    OWN_WORDS,
    HELPER_VIEW
}
