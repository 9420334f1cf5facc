package scot.sds.portal.access;

/** A stored evidence document, for staff to download and check. */
public record Evidence(EvidenceType type, byte[] content) {}
