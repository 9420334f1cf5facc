package scot.sds.portal.handoff;

import java.util.List;

/**
 * Submissions in the order they were sent, and where to carry on from.
 *
 * @param next the position just after the last submission here, or where this page was asked from if it holds none:
 *     ask from it for the next page, now or on a later poll, and nothing is missed or given twice
 * @param more whether more had been sent after this page when it was read
 */
public record ExportPage(List<SubmissionExport> submissions, ExportPosition next, boolean more) {

    public ExportPage {
        submissions = List.copyOf(submissions);
    }
}
