package scot.sds.portal.access;

/** The questions of the invitation form in page order, so problems are listed as the page asks them. */
public enum InvitationField {
    ROLE,
    LEGAL_BASIS,
    LEGAL_REFERENCE,
    LEGAL_REGISTERED,
    EVIDENCE,
    ENDS,
    EMAIL
}
