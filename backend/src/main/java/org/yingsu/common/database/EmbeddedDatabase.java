package org.yingsu.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries on the classpath, so that the product runs with nothing
 * installed. Used only when no external JDBC URL is configured.
 */
public final class EmbeddedDatabase {

    static final String MAJOR = "16";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    public static boolean externalConfigured() {
        return setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    /** Starts the persistent server and points the datasource at it through system properties. */
    public static void startUnlessExternalConfigured() {
        if (externalConfigured()) {
            // The query string may carry a password: log only where the database is.
            LOG.infof("Using the external PostgreSQL at %s",
                    setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").orElseThrow()
                            .replaceFirst("\\?.*$", ""));
            return;
        }
        Path dataDir = dataDirectory();
        EmbeddedPostgres postgres = start(dataDir, false);
        System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        // Demo mode is on by default with the embedded database (SPEC §7).
        if (setting("yingsu.demo", "YINGSU_DEMO").isEmpty()) {
            System.setProperty("yingsu.demo", "true");
        }
        LOG.infof("Embedded PostgreSQL %s is running on port %d with its data in %s",
                MAJOR, postgres.getPort(), dataDir);
    }

    /**
     * Starts a server on {@code dataDir}. A throwaway one ({@code clean}) is wiped on close; a persistent one keeps
     * its files and survives restarts.
     */
    public static EmbeddedPostgres start(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            if (!clean) {
                stopOrphanedPostmaster(dataDir);
            }
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    // A commit the product acknowledged must survive a crash; only throwaway test servers skip that.
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    static Path dataDirectory() {
        Path base = setting("yingsu.data-dir", "YINGSU_DATA_DIR")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".yingsu"));
        // A data directory only opens with the PostgreSQL major that created it.
        return base.toAbsolutePath().resolve("pg" + MAJOR);
    }

    /**
     * After a hard kill of the JVM the postmaster outlives it and its pid file blocks the next start: stop it, or
     * remove the pid file when its process is gone.
     */
    static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> process = firstLine.matches("\\d+")
                ? ProcessHandle.of(Long.parseLong(firstLine))
                : Optional.empty();
        Optional<ProcessHandle> postmaster = process.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            LOG.warnf("Stopping an orphaned PostgreSQL (pid %s) left running on %s", firstLine, dataDir);
            postmaster.get().destroy();
            postmaster.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
