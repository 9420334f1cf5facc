package scot.sds.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.support.BenchmarkReport;
import scot.sds.portal.support.PortalTest;
import scot.sds.portal.support.VaadinTab;

/**
 * Not a test: the round trip of "Continue" on a question page with 50, 100 and 200 people using the portal at
 * once on loopback. Each simulated person, signed in in a session of their own, thinks for 1 to 3 seconds, types
 * an answer and presses "Continue" (the answer is saved and the next question sent back), thinks again and
 * follows the back link. Only round trips whose reply shows the next question count; any other reply is an
 * error. Writes {@code target/benchmark/continue-round-trip.md}; asserts nothing about time. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=ContinueRoundTripBenchmark} (or with {@code -Dbenchmark.users=10,20}
 * and {@code -Dbenchmark.seconds=N} per level).
 */
@PortalTest
class ContinueRoundTripBenchmark {

    private static final int[] USERS = Arrays.stream(System.getProperty("benchmark.users", "50,100,200").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));
    // The first seconds of each level are not counted: everyone starts at once, unlike real people.
    private static final Duration SETTLING = Duration.ofSeconds(5);
    private static final double TARGET_P95_MS = 300;

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @Test
    void continue_round_trip_at_50_100_and_200_users() throws InterruptedException {
        List<VaadinTab> tabs = PeopleOnAQuestion.open(accounts, port, Arrays.stream(USERS).max().orElseThrow());
        assertThat(tabs.getFirst().productionMode()).as("Vaadin runs in production mode").isTrue();
        BenchmarkReport report = new BenchmarkReport("continue-round-trip",
                "Round trip of \"Continue\" on a question page")
                .add("Each simulated person: signed in, on a question page; thinks 1-3 s, types an answer and"
                        + " presses Continue (answer saved, next question sent back), thinks 1-3 s, follows the"
                        + " back link. %d s measured per level after %d s settling; loopback; Vaadin production"
                        + " mode; client and server on the same processors.", MEASURED.toSeconds(),
                        SETTLING.toSeconds())
                .add("")
                .add("| users | Continue presses | per second | p50 ms | p95 ms | p99 ms | max ms | errors"
                        + " | back link p95 ms | target p95 | met |")
                .add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int users : USERS) {
            report.add(level(tabs.subList(0, users)));
        }
        report.write();
    }

    private String level(List<VaadinTab> tabs) throws InterruptedException {
        Queue<Double> continues = new ConcurrentLinkedQueue<>();
        Queue<Double> backs = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long counted = System.nanoTime() + SETTLING.toNanos();
        long end = counted + MEASURED.toNanos();
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinTab tab : tabs) {
                people.submit(() -> {
                    while (System.nanoTime() < end) {
                        think();
                        long start = System.nanoTime();
                        try {
                            VaadinTab.Reply next = tab.type("answer", answer()).click("continue");
                            think();
                            long back = System.nanoTime();
                            VaadinTab.Reply previous = tab.navigate(PeopleOnAQuestion.FIRST_QUESTION);
                            if (!next.navigatedTo(PeopleOnAQuestion.NEXT_QUESTION) || previous.status() != 200
                                    || !previous.body().contains(PeopleOnAQuestion.FIRST_QUESTION)) {
                                throw new IllegalStateException("The server did not show the next question");
                            }
                            if (start >= counted && start < end) {
                                continues.add(next.millis());
                            }
                            if (back >= counted && back < end) {
                                backs.add(previous.millis());
                            }
                        } catch (RuntimeException failed) {
                            errors.incrementAndGet();
                            tab.load(PeopleOnAQuestion.FIRST_QUESTION);
                        }
                    }
                    return null;
                });
            }
        }
        double[] times = sorted(continues);
        double[] backTimes = sorted(backs);
        if (times.length == 0 || backTimes.length == 0) {
            return "| " + tabs.size() + " | 0 | no press measured: give it more seconds |";
        }
        double p95 = percentile(times, 95);
        return String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d | %.0f |"
                + " under %.0f ms | %s |", tabs.size(), times.length, times.length / (double) MEASURED.toSeconds(),
                percentile(times, 50), p95, percentile(times, 99), times[times.length - 1], errors.get(),
                percentile(backTimes, 95), TARGET_P95_MS, p95 < TARGET_P95_MS ? "yes" : "no");
    }

    /** Waits as a person reading and typing would: 1 to 3 seconds. */
    private static void think() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3001));
    }

    /** A different answer each time, so each press saves a change. */
    private static String answer() {
        return "Call me " + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    private static double[] sorted(Queue<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }
}
