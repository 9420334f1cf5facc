package scot.sds.portal.access;

/** What a helper is to the person they help. */
public enum HelperRole {
    CARER,
    FAMILY,
    ADVOCATE,
    ATTORNEY,
    GUARDIAN,
    APPOINTEE
}
