package scot.sds.portal.providers;

import java.time.Instant;

/**
 * A report waiting for staff, with the service as the directory now has it.
 *
 * @param details the person's own words, or {@code null}
 */
public record ReportedProblem(long id, ServiceSummary service, WhatIsWrong what, String details,
        Instant reportedAt) {}
