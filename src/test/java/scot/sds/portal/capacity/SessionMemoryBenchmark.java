package scot.sds.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.support.BenchmarkReport;
import scot.sds.portal.support.PortalTest;
import scot.sds.portal.support.VaadinTab;

/**
 * Not a test: the server's memory per active session. People sign in, each in a session of their own, and stay
 * on a question page; the live heap after a full collection is measured before and after they arrive, in
 * Vaadin's production mode. Writes {@code target/benchmark/session-memory.md}; asserts nothing about memory.
 * Run it with {@code ./mvnw -Pbenchmark test -Dtest=SessionMemoryBenchmark} ({@code -Dbenchmark.sessions=N}).
 */
@PortalTest
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 200);
    // Sessions opened before the first measurement, so classes, caches and pools are already in the heap.
    private static final int WARM_UP = 20;
    private static final double TARGET_MB = 1.0;

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @Test
    void live_heap_per_signed_in_session_on_a_question_page() {
        List<VaadinTab> warmUp = PeopleOnAQuestion.open(accounts, port, WARM_UP);
        assertThat(warmUp.getFirst().productionMode()).as("Vaadin runs in production mode").isTrue();
        long before = liveHeap();
        // The tabs are dropped as soon as they reach the question: their sessions stay on the server, and only
        // the server's side of them is left in this shared heap to be measured.
        int opened = PeopleOnAQuestion.open(accounts, port, SESSIONS).size();
        long after = liveHeap();
        double perSessionMb = (after - before) / (double) opened / 1024 / 1024;

        new BenchmarkReport("session-memory", "Server memory per active session")
                .add("Each session: a person signed in through the sign-in page (its UI closed as a browser closes"
                        + " it) and on the first question of \"Tell us about your life\". Vaadin production mode.")
                .add("")
                .add("| sessions | live heap before | live heap after | per session | target | met |")
                .add("|---|---|---|---|---|---|")
                .add("| %d | %.1f MB | %.1f MB | %.0f KB | at most %.0f MB | %s |", opened, mb(before), mb(after),
                        perSessionMb * 1024, TARGET_MB, perSessionMb <= TARGET_MB ? "yes" : "no")
                .write();
    }

    /** The heap in use after full collections: the smallest of a few, as a collection can finish late. */
    private static long liveHeap() {
        long smallest = Long.MAX_VALUE;
        for (int collection = 0; collection < 4; collection++) {
            System.gc();
            smallest = Math.min(smallest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return smallest;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
