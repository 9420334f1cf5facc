package scot.sds.portal.providers;

/**
 * A record of a file that was not imported, and why; the rest of the file still is.
 *
 * @param line the line of a CSV file where the record starts, or the position (from 1) of a service in a JSON file
 * @param detail the column or field concerned and what it held, for the person who fixes the file
 */
public record Rejection(long line, Problem problem, String detail) {

    public enum Problem {
        NO_ID,
        NO_NAME,
        /** The same id as a record earlier in the file. */
        REPEATED_ID,
        /** A grade that is not 1 to 6. */
        BAD_GRADE,
        /** A date that could not be read. */
        BAD_DATE,
        /** A record with a different number of fields than the header. */
        WRONG_FIELD_COUNT,
        /** Not an object of the expected shape. */
        NOT_A_SERVICE
    }
}
