package scot.sds.portal.providers;

import java.util.Objects;

/** A file that cannot be imported at all: nothing from it is applied. */
public class BrokenFile extends RuntimeException {

    /** Why, for staff to read in their language; the explanation is for the command line and the log. */
    public enum Why {
        EMPTY("The file is empty"),
        TOO_BIG("The file is larger than the most the portal takes, in megabytes"),
        NOT_TEXT("The file is not text, so neither CSV nor JSON"),
        REFUSED_BY_SCANNER("The virus scanner refused the file"),
        NOT_JSON("The file is not JSON"),
        NOT_A_LIST_OF_SERVICES("The file is neither a list of services nor a page of them"),
        NOT_CSV("The file could not be read as CSV"),
        MISSING_COLUMN("This is not the Care Inspectorate's Datastore file: it has no column");

        private final String explanation;

        Why(String explanation) {
            this.explanation = explanation;
        }
    }

    private final Why why;
    private final String detail;

    /** @param detail what the reader found, such as where the file stopped making sense, or the missing column */
    BrokenFile(Why why, String detail, Throwable cause) {
        super(why.explanation + ": " + detail, cause);
        this.why = why;
        this.detail = Objects.toString(detail, "");
    }

    public Why why() {
        return why;
    }

    public String detail() {
        return detail;
    }
}
