package scot.sds.portal.handoff;

import java.time.Instant;

/**
 * A step on the person's tracker and when it happened.
 *
 * @param by the name of whoever took it
 * @param detail what it said, or {@code null}
 */
public record TrackedStep(CaseStep step, Instant at, String by, CaseDetail detail) {}
