package scot.sds.portal.access;

/** The questions of the invitation form, so a problem shows beside the right one. */
public enum InvitationField {
    ROLE,
    LEGAL_BASIS,
    LEGAL_REFERENCE,
    LEGAL_REGISTERED,
    ENDS,
    EMAIL,
    EVIDENCE
}
