package scot.sds.portal.access;

/**
 * What recomputing the audit chain found.
 *
 * @param firstBrokenEntryId the first entry whose hash does not match (or that is missing), or null if intact
 */
public record AuditChainCheck(long entriesChecked, Long firstBrokenEntryId) {

    public boolean intact() {
        return firstBrokenEntryId == null;
    }
}
