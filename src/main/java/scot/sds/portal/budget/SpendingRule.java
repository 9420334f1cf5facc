package scot.sds.portal.budget;

/** What the council's rules say of a way to spend a budget. */
public enum SpendingRule {
    /** Most support plans can include it. */
    USUALLY_FINE,
    /** Talk to the council before planning it. */
    ASK_FIRST,
    /** A budget cannot pay for it. */
    NOT_ALLOWED
}
