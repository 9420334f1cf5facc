package scot.sds.portal.account;

/** Why a registration was refused: the question concerned and the key of the message that explains it. */
public record RegistrationProblem(RegistrationField field, String messageKey) {}
