package scot.sds.portal.records;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A copy of everything the portal holds about one person, part by part in a fixed order; each record is a map from
 * field name to value: text, a number, true or false, an {@link Instant}, a {@link java.time.LocalDate}, or
 * structured data ({@link tools.jackson.databind.JsonNode}) kept as it was stored.
 */
public record PersonalRecords(long personId, Instant madeAt, Map<String, List<Map<String, Object>>> parts) {

    /** The name of the file format, for whoever reads the file. */
    public static final String FORMAT = "sds-portal-personal-records/1";
}
