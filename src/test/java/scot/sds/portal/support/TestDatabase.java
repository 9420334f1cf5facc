package scot.sds.portal.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty MariaDB database for this test run: on the MariaDB server at 127.0.0.1:3306 when the machine
 * has one (dropped again when the run ends), otherwise the embedded MariaDB the portal starts itself, with its
 * data in a new temporary folder.
 */
final class TestDatabase {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String USER = System.getenv().getOrDefault("TEST_DB_USER", "root");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private static Map<String, String> properties;

    private TestDatabase() {}

    /** The Spring properties that point the portal at this run's database. */
    static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = serverIsListening() ? createOnServer() : embedded();
        }
        return properties;
    }

    private static boolean serverIsListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (java.io.IOException nothingThere) {
            return false;
        }
    }

    private static Map<String, String> createOnServer() {
        String database = "sds_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS `" + database + "`")));
        return Map.of(
                "spring.datasource.url", SERVER + database,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD);
    }

    private static Map<String, String> embedded() {
        try {
            var dataDir = java.nio.file.Files.createTempDirectory("sds-test-mariadb");
            return Map.of("portal.embedded-db.data-dir", dataDir.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not make a folder for the embedded test database", e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run on the test MariaDB server: " + sql, e);
        }
    }
}
