package scot.sds.portal.account;

/**
 * Someone from the identity provider has the email address of an account here that cannot be theirs: the
 * provider has not verified the address, or the account already belongs to someone else there.
 */
public class ExternalAccountConflictException extends RuntimeException {

    ExternalAccountConflictException(String subject) {
        super("The email address of identity provider subject " + subject + " belongs to another account");
    }
}
