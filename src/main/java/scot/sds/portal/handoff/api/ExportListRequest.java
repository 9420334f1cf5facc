package scot.sds.portal.handoff.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import scot.sds.portal.handoff.ExportPosition;
import scot.sds.portal.handoff.SubmissionExportService;
import scot.sds.portal.shared.api.BadParameter;

/**
 * What a client asks {@code /submissions} for, read from the query string: where to start, as {@code since} (a
 * date-time with its offset: what was sent after it) or {@code after} (the {@code next} cursor of an earlier page),
 * or neither for the first submission ever sent; and {@code limit}, how many at most. Any other parameter, a
 * parameter given twice or left blank, is refused rather than ignored, so a client's slip never quietly returns
 * something other than what it asked for.
 */
record ExportListRequest(ExportPosition from, int limit) {

    static final int DEFAULT_LIMIT = 50;

    private static final String SINCE = "since";
    private static final String AFTER = "after";
    private static final String LIMIT = "limit";
    private static final Set<String> KNOWN = Set.of(SINCE, AFTER, LIMIT);

    static ExportListRequest read(MultiValueMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new BadParameter(name, "not offered by this API, which takes since, after and limit");
            }
        }
        String since = one(parameters, SINCE);
        String after = one(parameters, AFTER);
        if (since != null && after != null) {
            throw new BadParameter(AFTER, "give since or after, not both");
        }
        ExportPosition from = ExportPosition.START;
        if (since != null) {
            from = ExportPosition.justAfter(sinceMoment(since));
        } else if (after != null) {
            from = cursor(after);
        }
        String limit = one(parameters, LIMIT);
        return new ExportListRequest(from, limit == null ? DEFAULT_LIMIT : limit(limit));
    }

    private static String one(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new BadParameter(name, "given more than once");
        }
        if (!values.isEmpty() && values.getFirst().isBlank()) {
            throw new BadParameter(name, "given without a value");
        }
        return values.isEmpty() ? null : values.getFirst().strip();
    }

    private static Instant sinceMoment(String since) {
        try {
            return OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeParseException notADateTime) {
            throw new BadParameter(SINCE, "not a date-time with its offset, such as 2026-04-01T09:00:00Z");
        }
    }

    private static ExportPosition cursor(String after) {
        try {
            return ExportPosition.ofCursor(after);
        } catch (IllegalArgumentException notACursor) {
            throw new BadParameter(AFTER, "not a cursor this API gave as next");
        }
    }

    private static int limit(String limit) {
        try {
            int number = Integer.parseInt(limit);
            if (number >= 1 && number <= SubmissionExportService.MOST_AT_ONCE) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Said below, with the range.
        }
        throw new BadParameter(LIMIT, "not a whole number from 1 to " + SubmissionExportService.MOST_AT_ONCE);
    }
}
