package scot.sds.portal.access;

/** What a relationship lets a helper do; every relationship includes {@link #VIEW}. */
public enum Scope {
    VIEW,
    ANSWER,
    SUBMIT,
    MESSAGES
}
