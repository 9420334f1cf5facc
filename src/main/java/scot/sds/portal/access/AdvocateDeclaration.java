package scot.sds.portal.access;

/**
 * What an advocate declares as they accept: the organisation they advocate for, and any link to a care
 * provider, so that a conflict of interest is in the open.
 */
public record AdvocateDeclaration(String organisation, String providerLink) {}
