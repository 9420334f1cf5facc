package scot.sds.portal.providers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.shared.CouncilFiles;
import scot.sds.portal.shared.Sha256;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadRefused;
import scot.sds.portal.shared.upload.UploadValidator;

/**
 * Imports a file into the directory in one transaction: a broken file, or a failure half way, changes nothing.
 * Each service is matched by its id in its source; one whose information is the same as before is left as it was,
 * so importing the same file again changes nothing. Council staff import from the workspace; whoever runs the
 * portal's command line imports from there.
 */
@Service
public class ServiceImporter {

    private final AccessGuard guard;
    private final SupportServiceRepository services;
    private final ServiceImportRepository imports;
    private final Taxonomy taxonomy;
    private final ApplicationEventPublisher events;
    private final UploadValidator uploads;
    private final Clock clock;

    ServiceImporter(AccessGuard guard, SupportServiceRepository services, ServiceImportRepository imports,
            @Value("${portal.taxonomy}") Resource taxonomyFile, ApplicationEventPublisher events,
            UploadValidator uploads, Clock clock) {
        this.guard = guard;
        this.services = services;
        this.imports = imports;
        this.taxonomy = CouncilFiles.read(taxonomyFile, Taxonomy.class);
        this.events = events;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** For council staff only; throws {@link BrokenFile}, having changed nothing, if the file cannot be read. */
    @Transactional
    public ImportReport importFile(Source source, String fileName, byte[] content) {
        return apply(source, fileName, content, guard.requireStaff().id());
    }

    /** For the command line, run by whoever runs the portal itself. */
    @Transactional
    ImportReport importFromCommandLine(Source source, String fileName, byte[] content) {
        return apply(source, fileName, content, null);
    }

    /** For council staff: the latest imports, newest first. */
    @Transactional(readOnly = true)
    public List<PastImport> recentImports() {
        guard.requireStaff();
        return imports.findTop10ByOrderByImportedAtDescIdDesc().stream().map(ServiceImport::past).toList();
    }

    private ImportReport apply(Source source, String fileName, byte[] content, Long importedBy) {
        checkUpload(content);
        ParsedFile parsed = switch (source) {
            case CARE_INSPECTORATE -> CareInspectorateCsv.read(content);
            case OPEN_REFERRAL -> OpenReferralJson.read(content, taxonomy);
        };
        Map<String, SupportService> known = services.findBySource(source).stream()
                .collect(Collectors.toMap(SupportService::sourceId, Function.identity()));
        Instant now = clock.instant();
        List<SupportService> changed = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (ServiceRecord record : parsed.records()) {
            SupportService saved = known.get(record.sourceId());
            String fingerprint = record.fingerprint();
            if (saved == null) {
                changed.add(new SupportService(record, fingerprint, now));
                added++;
            } else if (!saved.fingerprint().equals(fingerprint)) {
                saved.update(record, fingerprint, now);
                changed.add(saved);
                updated++;
            }
        }
        services.saveAll(changed);
        int unchanged = parsed.records().size() - added - updated;
        ImportReport report = new ImportReport(source, fileName, added, updated, unchanged, parsed.rejections());
        imports.save(new ServiceImport(report, Sha256.hex(content), importedBy, now));
        events.publishEvent(new DirectoryChanged(source));
        return report;
    }

    /** A binary, oversized or infected file is refused before any reader looks at it. */
    private void checkUpload(byte[] content) {
        try {
            uploads.check(UploadPurpose.DIRECTORY, content);
        } catch (UploadRefused refused) {
            String most = String.valueOf(uploads.maximumMegabytes(UploadPurpose.DIRECTORY));
            throw switch (refused.why()) {
                case EMPTY -> new BrokenFile(BrokenFile.Why.EMPTY, null, refused);
                case TOO_BIG -> new BrokenFile(BrokenFile.Why.TOO_BIG, most, refused);
                case WRONG_TYPE -> new BrokenFile(BrokenFile.Why.NOT_TEXT, null, refused);
                case REFUSED_BY_SCANNER -> new BrokenFile(BrokenFile.Why.REFUSED_BY_SCANNER, null, refused);
            };
        }
    }
}
