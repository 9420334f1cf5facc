package scot.sds.portal.account;

/** What came of an attempt to sign in on the portal's own form. */
public enum SignInOutcome {
    SIGNED_IN,
    WRONG_EMAIL_OR_PASSWORD,
    /** Refused without checking the password, as this client or account has tried too often lately. */
    TOO_MANY_ATTEMPTS
}
