package scot.sds.portal.handoff;

/** Why nothing was sent. */
public enum SendProblem {
    /** No question has been answered yet: there is nothing for the council to read. */
    NOTHING_TO_SEND,
    /** It has been sent already; changes after that are told to the council another way. */
    ALREADY_SENT
}
