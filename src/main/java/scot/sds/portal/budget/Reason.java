package scot.sds.portal.budget;

/**
 * One line of "why this amount": an answer and the points it earned.
 *
 * @param counted whether it counted: "I'd rather not say" and "I don't know" earn nothing until the assessment
 */
public record Reason(String factor, String questionId, String answer, int points, boolean counted) {}
