package scot.sds.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A benchmark's figures, printed and written as markdown to {@code target/benchmark/<name>.md}, headed by the
 * machine they were measured on and how busy it was (other work on the same cores slows every timing).
 */
public final class BenchmarkReport {

    private final Path file;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkReport(String name, String title) {
        file = Path.of("target/benchmark/" + name + ".md");
        lines.add("# " + title);
        lines.add("");
        lines.add("Machine: " + machine() + ".");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Measured on %s; the machine's 1-minute load average then: %.2f.",
                LocalDate.now(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        lines.add("");
    }

    public BenchmarkReport add(String line) {
        lines.add(line);
        return this;
    }

    public BenchmarkReport add(String format, Object... values) {
        return add(String.format(Locale.ROOT, format, values));
    }

    /** Writes the report and prints it. */
    public void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.forEach(System.out::println);
    }

    /** The processor's model and count, the memory, the JDK and the operating system. */
    public static String machine() {
        long memoryKb = firstValue("/proc/meminfo", "MemTotal").map(total -> Long.parseLong(total.split(" ")[0]))
                .orElse(0L);
        return String.format(Locale.ROOT, "%s (%s MHz), %d processors, %.1f GB RAM; Java %s (%s); %s, kernel %s",
                firstValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                firstValue("/proc/cpuinfo", "cpu MHz").map(mhz -> mhz.replaceAll("\\..*", "")).orElse("?"),
                Runtime.getRuntime().availableProcessors(), memoryKb / 1024.0 / 1024.0, Runtime.version(),
                System.getProperty("java.vendor"),
                firstValue("/etc/os-release", "PRETTY_NAME").map(name -> name.replace("\"", ""))
                        .orElse(System.getProperty("os.name")),
                System.getProperty("os.version"));
    }

    /** The value of the first "name: value" or "name=value" line of a system file. */
    private static Optional<String> firstValue(String path, String name) {
        try {
            return Files.readAllLines(Path.of(path)).stream().filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).strip())
                    .findFirst();
        } catch (IOException notLinux) {
            return Optional.empty();
        }
    }
}
