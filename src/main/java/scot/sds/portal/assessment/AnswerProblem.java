package scot.sds.portal.assessment;

/** Why an answer was not saved; each has a message beside the field and in the error summary. */
public enum AnswerProblem {
    NO_ANSWER,
    NOT_AN_OPTION,
    NOT_A_NUMBER,
    NUMBER_OUT_OF_RANGE,
    NOT_A_DATE,
    TOO_LONG,
    /** "I'd rather not say" or "I don't know" where the question does not offer it. */
    NOT_OFFERED
}
