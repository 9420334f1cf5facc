package scot.sds.portal.access;

import java.time.Instant;

/**
 * An invitation to help: the one-time code to read out or send, shown once, when it stops working, and whether
 * it was also emailed to the helper.
 */
public record Invitation(long relationshipId, String code, Instant expires, boolean emailed) {}
