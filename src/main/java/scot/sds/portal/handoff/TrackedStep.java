package scot.sds.portal.handoff;

import java.time.Instant;

/** A step on the person's tracker and when it happened. */
public record TrackedStep(CaseStep step, Instant at) {}
