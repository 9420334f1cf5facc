package scot.sds.portal.handoff;

/**
 * Which cases staff want to see; either part may be {@code null} for any.
 *
 * @param flag the id of a flag every case shown has raised
 */
public record CaseQuery(CaseStatus status, String flag) {

    public static CaseQuery all() {
        return new CaseQuery(null, null);
    }
}
