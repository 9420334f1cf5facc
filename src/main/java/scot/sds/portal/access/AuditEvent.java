package scot.sds.portal.access;

/** Changes to who may act for a person, written to the audit trail beside the access checks. */
public enum AuditEvent {
    INVITATION_ACCEPTED,
    HELPER_REVOKED,
    LEGAL_AUTHORITY_VERIFIED
}
