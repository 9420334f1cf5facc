package scot.sds.portal.handoff;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A place in the order submissions were sent: by when, then by the portal's own id, which orders those sent in the
 * same microsecond. Given to clients as an opaque cursor that they hand back unchanged.
 *
 * @param id the id of the last submission before this place
 */
public record ExportPosition(Instant sentAt, long id) {

    /** Before the first submission ever sent. */
    public static final ExportPosition START = new ExportPosition(Instant.EPOCH, 0);

    private static final char SEPARATOR = '/';

    public ExportPosition {
        if (sentAt == null || id < 0) {
            throw new IllegalArgumentException("Not a position: " + sentAt + SEPARATOR + id);
        }
    }

    /**
     * Just after a moment: everything sent at that very moment counts as before it, whatever its id. Times are
     * stored to the microsecond, so a finer moment counts as the microsecond it falls in.
     */
    public static ExportPosition justAfter(Instant moment) {
        return new ExportPosition(moment.truncatedTo(ChronoUnit.MICROS), Long.MAX_VALUE);
    }

    /** The position a cursor stands for; {@link IllegalArgumentException} if it is not one this portal gave. */
    public static ExportPosition ofCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = text.lastIndexOf(SEPARATOR);
            return new ExportPosition(Instant.parse(text.substring(0, separator)),
                    Long.parseLong(text.substring(separator + 1)));
        } catch (IndexOutOfBoundsException | DateTimeParseException unreadable) {
            throw new IllegalArgumentException("Not a cursor: " + cursor, unreadable);
        }
    }

    /** This position as an opaque cursor, which is also how it is written in JSON. */
    @JsonValue
    public String cursor() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sentAt.toString() + SEPARATOR + id)
                .getBytes(StandardCharsets.UTF_8));
    }
}
