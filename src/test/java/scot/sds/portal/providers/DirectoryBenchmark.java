package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.support.BenchmarkReport;
import scot.sds.portal.support.PortalTest;

/**
 * Not a test: measures the directory at 20,000 registered services, made from the sample file with new numbers.
 * It prints import throughput (a first import, and the same file again) and the median and 95th percentile of
 * search latency for typical filter combinations, and writes them to {@code target/benchmark/directory.md}. It
 * asserts nothing about time. Run it with {@code ./mvnw -Pbenchmark test}.
 */
@PortalTest
class DirectoryBenchmark {

    private static final int SERVICES = 20_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 500;

    @Autowired
    ServiceImporter importer;

    @Autowired
    DirectorySearch search;

    @Autowired
    SupportServiceRepository services;

    @Autowired
    SampleDirectory sample;

    @Test
    void import_throughput_and_search_latency_at_20000_services() throws IOException {
        byte[] file = twentyThousandServices();
        services.deleteAll();
        BenchmarkReport report = new BenchmarkReport("directory",
                "Directory benchmark: " + SERVICES + " registered services").add("MariaDB on loopback.").add("");

        long start = System.nanoTime();
        ImportReport first = importer.importFromCommandLine(Source.CARE_INSPECTORATE, "benchmark.csv", file);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(first.added()).isEqualTo(SERVICES);
        start = System.nanoTime();
        ImportReport again = importer.importFromCommandLine(Source.CARE_INSPECTORATE, "benchmark.csv", file);
        double againSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(again.unchanged()).isEqualTo(SERVICES);
        report.add("Import of %d rows: %.1f s (%.0f rows/s); the same file again: %.1f s", SERVICES, firstSeconds,
                SERVICES / firstSeconds, againSeconds);
        start = System.nanoTime();
        int everything = search.search(query(null, null, Set.of(), Set.of(), null, null)).total();
        report.add("First search, reading the directory into memory: %.0f ms (%d services findable)",
                (System.nanoTime() - start) / 1e6, everything);
        report.add("");
        report.add("| search | found | median ms | p95 ms |");
        report.add("|---|---|---|---|");
        for (Map.Entry<String, ServiceQuery> typical : typicalSearches().entrySet()) {
            double[] times = new double[RUNS];
            int found = 0;
            for (int run = -WARM_UP; run < RUNS; run++) {
                long began = System.nanoTime();
                found = search.search(typical.getValue()).total();
                if (run >= 0) {
                    times[run] = (System.nanoTime() - began) / 1e6;
                }
            }
            Arrays.sort(times);
            report.add("| %s | %d | %.2f | %.2f |", typical.getKey(), found, times[RUNS / 2],
                    times[(int) Math.ceil(RUNS * 0.95) - 1]);
        }
        report.write();

        services.deleteAll();
        sample.loadIfEmpty();
    }

    private static Map<String, ServiceQuery> typicalSearches() {
        Map<String, ServiceQuery> searches = new LinkedHashMap<>();
        searches.put("everything, good or better", query(null, null, Set.of(), Set.of(), null, ServiceQuery.GOOD));
        searches.put("council area, care homes, dementia", query("Glasgow City", null, Set.of(ServiceKind.CARE_HOME),
                Set.of(ClientGroup.DEMENTIA), null, ServiceQuery.GOOD));
        searches.put("postcode district, care at home", query(null, "PA1 2AB", Set.of(ServiceKind.CARE_AT_HOME),
                Set.of(), null, ServiceQuery.GOOD));
        searches.put("town, very good or better", query(null, "Inverness", Set.of(), Set.of(), null, 5));
        searches.put("words with a typing mistake", query(null, null, Set.of(), Set.of(), "rowan brich", null));
        searches.put("area, words, learning disability", query("Renfrewshire", null, Set.of(),
                Set.of(ClientGroup.LEARNING_DISABILITY), "support", ServiceQuery.GOOD));
        return searches;
    }

    private static ServiceQuery query(String area, String place, Set<ServiceKind> kinds, Set<ClientGroup> groups,
            String text, Integer grade) {
        return new ServiceQuery(area, place, kinds, groups, grade, false, false, null, false, false, text, 0);
    }

    /** The sample's rows again and again, each time with new Care Inspectorate numbers, up to 20,000. */
    private static byte[] twentyThousandServices() throws IOException {
        String[] lines = new ClassPathResource("providers/sample/care-inspectorate-sample.csv")
                .getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        StringBuilder csv = new StringBuilder(lines[0]).append("\r\n");
        for (int number = 0; number < SERVICES; number++) {
            String row = lines[1 + number % (lines.length - 1)];
            csv.append(String.format(Locale.ROOT, "CS8%09d", number)).append(row.substring(row.indexOf(',')))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
