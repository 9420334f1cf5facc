package scot.sds.portal.handoff;

/**
 * Which cases staff want to see; any part may be {@code null} for any.
 *
 * @param flag the id of a flag every case shown has raised
 * @param waitingDays the fewest whole days since each case shown was sent
 */
public record CaseQuery(CaseStatus status, String flag, Integer waitingDays) {

    public static CaseQuery all() {
        return new CaseQuery(null, null, null);
    }
}
