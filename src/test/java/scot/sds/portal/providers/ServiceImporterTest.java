package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.providers.CareInspectorateCsvTest.bytes;
import static scot.sds.portal.support.People.signIn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.upload.UploadFiles;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadValidator;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;
import scot.sds.portal.support.TestVirusScanner;

/**
 * Importing into the real database: counts of what changed, the same file again changing nothing, a changed
 * service updated, a broken file leaving every service as it was, and only staff (or the command line) importing.
 */
@PortalTest
class ServiceImporterTest {

    @Autowired
    ServiceImporter importer;

    @Autowired
    UploadValidator uploads;

    @Autowired
    ImportCommand command;

    @Autowired
    SupportServiceRepository services;

    @Autowired
    DirectorySearch search;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @BeforeEach
    void signInAsStaff() {
        services.deleteAll();
        signIn(new People(accounts, relationships).account("Morag", Role.STAFF));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_file_imported_again_changes_nothing_and_a_changed_service_is_updated() throws IOException {
        ImportReport first = importer.importFile(Source.CARE_INSPECTORATE, "datastore.csv",
                bytes("care-inspectorate-good.csv"));
        assertThat(first).isEqualTo(new ImportReport(Source.CARE_INSPECTORATE, "datastore.csv", 5, 0, 0, List.of()));
        Map<String, ServiceRecord> saved = saved(Source.CARE_INSPECTORATE);
        assertThat(saved.get("CS2003000101")).isEqualTo(CareInspectorateCsv.read(bytes("care-inspectorate-good.csv"))
                .records().getFirst());

        ImportReport again = importer.importFile(Source.CARE_INSPECTORATE, "datastore.csv",
                bytes("care-inspectorate-good.csv"));
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);

        String changed = new String(bytes("care-inspectorate-good.csv"), StandardCharsets.UTF_8)
                .replace("Hillview Day Centre,\"1 Hill View", "Hillview Day Centre and Cafe,\"1 Hill View");
        ImportReport next = importer.importFile(Source.CARE_INSPECTORATE, "datastore-next.csv",
                changed.getBytes(StandardCharsets.UTF_8));
        assertThat(next.updated()).isEqualTo(1);
        assertThat(next.unchanged()).isEqualTo(4);
        assertThat(saved(Source.CARE_INSPECTORATE).get("CS2005000303").name()).isEqualTo(
                "Hillview Day Centre and Cafe");
        assertThat(importer.recentImports()).first().usingRecursiveComparison().ignoringFields("importedAt")
                .isEqualTo(new PastImport(Source.CARE_INSPECTORATE, "datastore-next.csv", 0, 1, 4, 0, null));
        assertThat(importer.recentImports()).hasSizeLessThanOrEqualTo(10).element(1)
                .extracting(PastImport::unchanged).isEqualTo(5);
        // Searches see the change as soon as the import is committed.
        ServiceQuery renfrewshire = new ServiceQuery("Renfrewshire", null, Set.of(), Set.of(), null, false, false,
                null, false, false, null, 0);
        assertThat(search.search(renfrewshire).services()).extracting(service -> service.record().name())
                .containsExactly("Birch Court Care Home", "Hillview Day Centre and Cafe",
                        "Riverside Care at Home, Paisley");
        assertThat(search.councilAreas()).contains("Renfrewshire");
        assertThat(search.lastImported()).containsKey(Source.CARE_INSPECTORATE);
    }

    @Test
    void rejected_records_are_reported_and_the_rest_imported() throws IOException {
        ImportReport report = importer.importFile(Source.CARE_INSPECTORATE, "old.csv",
                bytes("care-inspectorate-awkward.csv"));
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.rejections()).extracting(Rejection::line).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(saved(Source.CARE_INSPECTORATE).get("CS2010000601").name()).isEqualTo("Taigh Càirdeil");

        ImportReport directory = importer.importFile(Source.OPEN_REFERRAL, "directory.json",
                bytes("open-referral-good.json"));
        assertThat(directory.added()).isEqualTo(3);
        assertThat(importer.importFile(Source.OPEN_REFERRAL, "directory.json", bytes("open-referral-good.json"))
                .unchanged()).isEqualTo(3);
        assertThat(saved(Source.OPEN_REFERRAL).get("3fa85f64-5717-4562-b3fc-2c963f66a001").languages())
                .containsExactlyInAnyOrder("en", "pl", "ur");
    }

    @Test
    void a_broken_file_leaves_the_directory_as_it_was() throws IOException {
        importer.importFile(Source.CARE_INSPECTORATE, "datastore.csv", bytes("care-inspectorate-good.csv"));
        importer.importFile(Source.OPEN_REFERRAL, "directory.json", bytes("open-referral-good.json"));
        Map<String, ServiceRecord> before = saved(Source.CARE_INSPECTORATE);
        Map<String, ServiceRecord> directoryBefore = saved(Source.OPEN_REFERRAL);

        for (String broken : List.of("care-inspectorate-broken-quotes.csv",
                "care-inspectorate-not-the-datastore.csv")) {
            assertThatThrownBy(() -> importer.importFile(Source.CARE_INSPECTORATE, broken, bytes(broken)))
                    .isInstanceOf(BrokenFile.class);
        }
        for (String broken : List.of("open-referral-broken.json", "open-referral-not-services.json")) {
            assertThatThrownBy(() -> importer.importFile(Source.OPEN_REFERRAL, broken, bytes(broken)))
                    .isInstanceOf(BrokenFile.class);
        }
        assertThat(saved(Source.CARE_INSPECTORATE)).isEqualTo(before);
        assertThat(saved(Source.OPEN_REFERRAL)).isEqualTo(directoryBefore);
    }

    @Test
    void an_empty_binary_oversized_or_infected_file_is_refused_before_it_is_read() throws IOException {
        importer.importFile(Source.CARE_INSPECTORATE, "datastore.csv", bytes("care-inspectorate-good.csv"));
        Map<String, ServiceRecord> before = saved(Source.CARE_INSPECTORATE);
        PastImport latest = importer.recentImports().getFirst();
        byte[] infected = (new String(bytes("care-inspectorate-good.csv"), StandardCharsets.UTF_8)
                + TestVirusScanner.SIGNATURE).getBytes(StandardCharsets.UTF_8);
        byte[] oversized = Arrays.copyOf(bytes("care-inspectorate-good.csv"),
                uploads.maximumBytes(UploadPurpose.DIRECTORY) + 1);
        Arrays.fill(oversized, oversized.length - 10, oversized.length, (byte) ' ');
        Map<byte[], BrokenFile.Why> refusals = Map.of(new byte[0], BrokenFile.Why.EMPTY,
                UploadFiles.EXE, BrokenFile.Why.NOT_TEXT, UploadFiles.PNG, BrokenFile.Why.NOT_TEXT,
                infected, BrokenFile.Why.REFUSED_BY_SCANNER, oversized, BrokenFile.Why.TOO_BIG);
        refusals.forEach((content, why) -> assertThatThrownBy(() -> importer.importFile(Source.CARE_INSPECTORATE,
                "datastore.csv", content)).isInstanceOfSatisfying(BrokenFile.class,
                        broken -> assertThat(broken.why()).isEqualTo(why)));
        assertThatThrownBy(() -> importer.importFile(Source.OPEN_REFERRAL, "directory.json", oversized))
                .isInstanceOfSatisfying(BrokenFile.class, broken -> assertThat(broken.detail()).isEqualTo("50"));
        assertThat(saved(Source.CARE_INSPECTORATE)).isEqualTo(before);
        assertThat(importer.recentImports().getFirst()).isEqualTo(latest);
    }

    @Test
    void only_staff_import_from_the_portal_and_the_command_line_reports_what_it_did(@TempDir Path folder)
            throws IOException {
        signIn(new People(accounts, relationships).account("Ann", Role.PERSON));
        assertThatThrownBy(() -> importer.importFile(Source.CARE_INSPECTORATE, "datastore.csv",
                bytes("care-inspectorate-good.csv"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(importer::recentImports).isInstanceOf(NotPermittedException.class);
        People.signOut();
        assertThatThrownBy(() -> importer.importFile(Source.CARE_INSPECTORATE, "datastore.csv",
                bytes("care-inspectorate-good.csv"))).isInstanceOf(NotPermittedException.class);
        assertThat(services.count()).isZero();

        Path good = Files.write(folder.resolve("old.csv"), bytes("care-inspectorate-awkward.csv"));
        Path broken = Files.write(folder.resolve("broken.json"), bytes("open-referral-broken.json"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        assertThat(command.run(Source.CARE_INSPECTORATE, good.toString(), out)).isTrue();
        assertThat(command.run(Source.OPEN_REFERRAL, broken.toString(), out)).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(good + ": 2 added, 0 updated, 0 unchanged, 5 rejected")
                .contains("  line 5: BAD_GRADE (kqsupportwellbeing = 9)")
                .contains(broken + ": not imported, nothing changed: The file is not JSON");
        assertThat(services.count()).isEqualTo(2);
    }

    private Map<String, ServiceRecord> saved(Source source) {
        return services.findBySource(source).stream().map(SupportService::record)
                .collect(Collectors.toMap(ServiceRecord::sourceId, record -> record));
    }
}
