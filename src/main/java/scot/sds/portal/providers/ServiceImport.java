package scot.sds.portal.providers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One import of a file into the directory, with its counts, kept for staff to see when the data last changed. */
@Entity
class ServiceImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String fileName;
    private String fileSha256;
    private int added;
    private int updated;
    private int unchanged;
    private int rejected;
    private Long importedBy;
    private Instant importedAt;

    protected ServiceImport() {}

    ServiceImport(ImportReport report, String fileSha256, Long importedBy, Instant importedAt) {
        this.source = report.source();
        this.fileName = report.fileName();
        this.fileSha256 = fileSha256;
        this.added = report.added();
        this.updated = report.updated();
        this.unchanged = report.unchanged();
        this.rejected = report.rejections().size();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    PastImport past() {
        return new PastImport(source, fileName, added, updated, unchanged, rejected, importedAt);
    }
}
