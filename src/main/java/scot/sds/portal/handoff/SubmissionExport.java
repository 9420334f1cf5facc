package scot.sds.portal.handoff;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One submission as the council's case-management system receives it. Its JSON Schema,
 * {@code handoff/submission-export.schema.json}, says what every field means.
 *
 * @param exportFormat the version of this shape, {@value #FORMAT}; raised whenever it changes
 * @param version the submission's version for its person: 1 for the first thing they sent
 * @param sentAt when it was sent, as stored with it
 * @param packSha256 the SHA-256 of the stored pack's UTF-8 text, in lower-case hexadecimal
 * @param pack the hand-off pack's JSON exactly as stored, written into the export as JSON (an object, not a string)
 *     byte for byte, so the digest holds for the text a receiver reads
 */
public record SubmissionExport(int exportFormat, String reference, int version, Instant sentAt, String packSha256,
        @JsonRawValue String pack) {

    public static final int FORMAT = 1;
}
