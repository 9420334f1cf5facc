package scot.sds.portal.access;

import java.time.Instant;

/** An invitation to help: the one-time code to read out or send, shown once, and when it stops working. */
public record Invitation(long relationshipId, String code, Instant expires) {}
