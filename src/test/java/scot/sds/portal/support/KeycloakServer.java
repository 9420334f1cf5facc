package scot.sds.portal.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real Keycloak server for the sign-in tests, one per test run: the distribution the build unpacked from Maven
 * Central, started on free loopback ports with the portal's realm and login theme, its log in
 * {@code target/keycloak.log}. It dies with the test JVM.
 */
public final class KeycloakServer {

    public static final String REALM = "sds-portal";
    /** The sample realm's client secret, for local use only. */
    public static final String CLIENT_SECRET = "local-sample-secret-change-me";
    private static final String JDK = System.getProperty("java.home");
    private static final long START_TIMEOUT_SECONDS = 240;

    private static String issuer;

    private KeycloakServer() {}

    /** Starts the server the first time it is asked for; the issuer URL of the portal's realm. */
    public static synchronized String issuer() {
        if (issuer == null) {
            issuer = start();
        }
        return issuer;
    }

    private static String start() {
        Path home = Path.of(System.getProperty("keycloak.home", ".keycloak/keycloak-26.7.3"));
        Path sources = Path.of(System.getProperty("keycloak.sources", "src/main/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": the build unpacks it (./mvnw verify)");
        }
        try {
            copy(sources.resolve("import"), home.resolve("data/import"));
            copy(sources.resolve("themes"), home.resolve("themes"));
            int port = freePort();
            int managementPort = freePort();
            ProcessBuilder builder = new ProcessBuilder(List.of("setpriv", "--pdeathsig", "TERM",
                    home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                    "--http-port=" + port, "--http-management-port=" + managementPort, "--health-enabled=true",
                    "--db=dev-mem", "--import-realm"))
                    .redirectErrorStream(true);
            builder.environment().put("JAVA_HOME", JDK);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-local-only");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitStarted(process);
            return "http://127.0.0.1:" + port + "/realms/" + REALM;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** Waits for Keycloak's own "started" line, copying its output to target/keycloak.log meanwhile. */
    private static void awaitStarted(Process process) throws IOException {
        Files.createDirectories(Path.of("target"));
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of("target", "keycloak.log")), true);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    log.println(line);
                    if (line.contains(" started in ") && line.contains("Listening on:")) {
                        started.complete(null);
                    }
                }
                started.completeExceptionally(new IllegalStateException("Keycloak stopped; see target/keycloak.log"));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        }, "keycloak-log");
        reader.setDaemon(true);
        reader.start();
        try {
            started.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Keycloak was starting", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroy();
            throw new IllegalStateException("Keycloak did not start; see target/keycloak.log", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
