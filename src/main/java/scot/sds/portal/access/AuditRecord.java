package scot.sds.portal.access;

import java.time.Instant;

/**
 * A line of the audit trail as the person sees it.
 *
 * @param action an {@link Action} or an {@link AuditEvent}, by name
 */
public record AuditRecord(Instant happenedAt, long actorId, long personId, Long relationshipId, String action,
        boolean allowed) {}
