package scot.sds.portal.outcomes;

/** How much an outcome matters to the person, most first. */
public enum Priority {
    VERY_IMPORTANT,
    IMPORTANT,
    QUITE_IMPORTANT
}
