package scot.sds.portal.providers;

import java.util.List;

/** What a reader made of a file: the records it could read, and those it could not, with why. */
record ParsedFile(List<ServiceRecord> records, List<Rejection> rejections) {

    ParsedFile {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
    }
}
