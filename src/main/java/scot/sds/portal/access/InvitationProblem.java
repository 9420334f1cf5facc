package scot.sds.portal.access;

/** Why an invitation could not be made: the question concerned and the key of the message that explains it. */
public record InvitationProblem(InvitationField field, String messageKey) {}
