package scot.sds.portal.assessment;

/** An answer proper, or one of the two ways of not giving one that every sensitive question accepts. */
public enum AnswerKind {
    GIVEN,
    RATHER_NOT_SAY,
    DONT_KNOW
}
