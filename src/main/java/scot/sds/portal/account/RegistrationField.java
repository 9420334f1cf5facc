package scot.sds.portal.account;

/** The questions of the create-account form, so a problem can be shown beside the right one. */
public enum RegistrationField {
    NAME,
    EMAIL,
    PASSWORD,
    ROLE
}
