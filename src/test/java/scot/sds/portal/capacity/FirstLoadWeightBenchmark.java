package scot.sds.portal.capacity;

import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import scot.sds.portal.support.BenchmarkReport;
import scot.sds.portal.support.BrowserTest;

/**
 * Not a test: what a first visit to the start page downloads, as the browser receives it (compressed), in
 * Vaadin's production mode: every response's transfer size from Chromium, summed by kind. Writes
 * {@code target/benchmark/first-load-weight.md}; asserts nothing. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=FirstLoadWeightBenchmark}.
 */
class FirstLoadWeightBenchmark extends BrowserTest {

    private static final double TARGET_JS_KB = 350;

    private record Download(String kind, String path, String encoding, long bytes, long decodedBytes) {}

    @Test
    void compressed_weight_of_a_first_visit_to_the_start_page() {
        List<Download> downloads = new ArrayList<>();
        page.onRequestFinished(request -> downloads.add(download(request)));
        open("");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        Map<String, long[]> byKind = new TreeMap<>();
        downloads.forEach(download -> {
            long[] sums = byKind.computeIfAbsent(download.kind(), kind -> new long[3]);
            sums[0]++;
            sums[1] += download.bytes();
            sums[2] += download.decodedBytes();
        });
        long script = byKind.getOrDefault("script", new long[3])[1];
        BenchmarkReport report = new BenchmarkReport("first-load-weight",
                "First-load weight of the start page (production bundle, compressed)")
                .add("Chromium, no cache, %s; sizes are the response bodies as transferred (after compression).",
                        url(""))
                .add("")
                .add("| kind | responses | transferred KB | uncompressed KB |")
                .add("|---|---|---|---|");
        byKind.forEach((kind, sums) -> report.add("| %s | %d | %.1f | %.1f |", kind, sums[0], sums[1] / 1024.0,
                sums[2] / 1024.0));
        report.add("| all | %d | %.1f | %.1f |", downloads.size(),
                        downloads.stream().mapToLong(Download::bytes).sum() / 1024.0,
                        downloads.stream().mapToLong(Download::decodedBytes).sum() / 1024.0)
                .add("")
                .add("JavaScript transferred: %.1f KB against a target of under %.0f KB: %s.", script / 1024.0,
                        TARGET_JS_KB, script / 1024.0 < TARGET_JS_KB ? "met" : "not met")
                .add("")
                .add("| kind | path | encoding | transferred bytes | uncompressed bytes |")
                .add("|---|---|---|---|---|");
        downloads.forEach(download -> report.add("| %s | %s | %s | %d | %d |", download.kind(), download.path(),
                download.encoding(), download.bytes(), download.decodedBytes()));
        report.write();
    }

    private Download download(Request request) {
        Sizes sizes = request.sizes();
        Response response = request.response();
        String path = request.url().replace(url(""), "/");
        String encoding = response == null ? null : response.headerValue("content-encoding");
        long decoded = response == null ? 0 : response.body().length;
        return new Download(request.resourceType(), path.length() > 70 ? path.substring(0, 70) + "..." : path,
                encoding == null ? "none" : encoding, sizes.responseBodySize, decoded);
    }
}
