package scot.sds.portal.records;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long one type of record is kept, from the council's data file {@code records/retention.json}.
 *
 * @param recordType {@code drafts-never-sent}, or a type a feature keeps itself, such as {@code closed-cases}
 * @param keepForMonths whole months from the moment the type counts from; at least 1
 * @param counted what the months count from and what goes, for the people who maintain the file
 */
public record RetentionRule(String recordType, int keepForMonths, String counted) {

    public RetentionRule {
        if (recordType == null || recordType.isBlank() || keepForMonths < 1) {
            throw new IllegalArgumentException("A retention rule needs a record type and at least 1 month: "
                    + recordType + ", " + keepForMonths);
        }
    }

    /** Records whose time counts from before this moment have passed their retention. */
    Instant endedBefore(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(keepForMonths).toInstant();
    }
}
