package scot.sds.portal.providers;

import java.time.Instant;
import java.util.Map;

/**
 * A service as results and comparisons show it.
 *
 * @param id the portal's id for it
 * @param updated when the portal last imported a change to it
 */
public record ServiceSummary(long id, ServiceRecord record, Instant updated) {

    /** The Care Inspectorate's page for a registered service, with its inspection reports; none for others. */
    public String inspectionPage() {
        return record.source() == Source.CARE_INSPECTORATE
                ? "https://www.careinspectorate.com/index.php/care-services?detail=" + record.sourceId() : null;
    }

    public Map<KeyQuestion, Integer> grades() {
        return record.grades();
    }
}
