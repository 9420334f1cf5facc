package scot.sds.portal.providers;

import java.time.Instant;

/** An import as the log keeps it: its counts, without the records it refused. */
public record PastImport(Source source, String fileName, int added, int updated, int unchanged, int rejected,
        Instant importedAt) {}
