package scot.sds.portal.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.sds.portal.support.BenchmarkReport;
import scot.sds.portal.support.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: Lighthouse's lab timings of the start page in Vaadin's production mode, as a phone on a slow 4G
 * network (Lighthouse's mobile settings: simulated throttling, 4x slower processor) and as a desktop. Each is
 * the median of a few runs. Lighthouse is installed into {@code target/lighthouse} by the benchmark profile and
 * drives Debian's Chromium. Writes {@code target/benchmark/start-page-lighthouse.md} and each run's JSON report;
 * asserts nothing. Run it with {@code ./mvnw -Pbenchmark test -Dtest=StartPageLighthouseBenchmark}.
 */
@PortalTest
class StartPageLighthouseBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final Path LIGHTHOUSE = Path.of("target/lighthouse/node_modules/lighthouse/cli/index.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final String[][] METRICS = {
        {"first-contentful-paint", "First Contentful Paint", "ms"},
        {"largest-contentful-paint", "Largest Contentful Paint", "ms"},
        {"total-blocking-time", "Total Blocking Time", "ms"},
        {"cumulative-layout-shift", "Cumulative Layout Shift", ""},
        {"speed-index", "Speed Index", "ms"},
        {"interactive", "Time to Interactive", "ms"},
        {"total-byte-weight", "Total transfer", "KB"},
    };

    @LocalServerPort
    int port;

    @Test
    void lab_timings_of_the_start_page() throws IOException, InterruptedException {
        double[][] mobile = medianOf("mobile");
        double[][] desktop = medianOf("desktop");
        BenchmarkReport report = new BenchmarkReport("start-page-lighthouse",
                "Lighthouse lab timings of the start page")
                .add("Lighthouse %s, performance category only, against http://127.0.0.1/ on loopback with"
                        + " Chromium (%s); Vaadin production mode; median of %d runs each. Mobile: Lighthouse's"
                        + " default emulation (simulated slow 4G, 4x CPU slowdown). Desktop: its desktop preset.",
                        JSON.readTree(LIGHTHOUSE.resolveSibling("../package.json").toFile()).path("version")
                                .asString(), CHROMIUM, RUNS)
                .add("")
                .add("| metric | mobile | desktop |")
                .add("|---|---|---|");
        report.add("| Performance score | %.0f | %.0f |", median(mobile[METRICS.length]),
                median(desktop[METRICS.length]));
        for (int metric = 0; metric < METRICS.length; metric++) {
            String unit = METRICS[metric][2];
            String format = unit.isEmpty() ? "%.3f" : "%.0f " + unit;
            report.add("| " + METRICS[metric][1] + " | " + format + " | " + format + " |", median(mobile[metric]),
                    median(desktop[metric]));
        }
        report.write();
    }

    /** Each metric's values over the runs, and last the performance scores. */
    private double[][] medianOf(String formFactor) throws IOException, InterruptedException {
        double[][] values = new double[METRICS.length + 1][RUNS];
        for (int run = 0; run < RUNS; run++) {
            JsonNode result = lighthouse(formFactor, run);
            for (int metric = 0; metric < METRICS.length; metric++) {
                double value = result.path("audits").path(METRICS[metric][0]).path("numericValue").asDouble();
                values[metric][run] = "KB".equals(METRICS[metric][2]) ? value / 1024 : value;
            }
            values[METRICS.length][run] = result.path("categories").path("performance").path("score").asDouble()
                    * 100;
        }
        return values;
    }

    private JsonNode lighthouse(String formFactor, int run) throws IOException, InterruptedException {
        Path output = Path.of("target/benchmark/lighthouse-" + formFactor + "-" + run + ".json");
        Files.createDirectories(output.getParent());
        List<String> command = new ArrayList<>(List.of("node", LIGHTHOUSE.toString(),
                "http://127.0.0.1:" + port + "/", "--only-categories=performance", "--output=json",
                "--output-path=" + output, "--quiet",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"));
        if ("desktop".equals(formFactor)) {
            command.add("--preset=desktop");
        }
        // Its messages go to a file: the test JVM's own output is the channel it reports on to Maven.
        ProcessBuilder lighthouse = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target/benchmark/lighthouse-" + formFactor + "-" + run + ".log").toFile());
        lighthouse.environment().put("CHROME_PATH", CHROMIUM);
        Process process = lighthouse.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Lighthouse failed (" + formFactor + ", run " + run + ")");
        }
        return JSON.readTree(output.toFile());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
