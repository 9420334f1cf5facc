package scot.sds.portal.providers;

import java.util.List;

/**
 * What an import did: services added, updated and unchanged, and the records refused with their line and reason.
 * Importing the same file again adds and updates nothing.
 */
public record ImportReport(Source source, String fileName, int added, int updated, int unchanged,
        List<Rejection> rejections) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }
}
