package org.yingsu.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries on the classpath, so that the product runs with nothing
 * installed. Used only when no external JDBC URL is configured.
 */
public final class EmbeddedDatabase {

    static final String MAJOR = "16";
    public static final String SUPERUSER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /**
     * Every connection, local socket or loopback, must present the password: the server runs as a superuser and the
     * audit trail must not be rewritable by anyone who can reach the port.
     */
    private static final List<String> HBA_RULES = List.of(
            "local all all scram-sha-256",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256");

    /** A running server and the superuser's password. */
    public record Server(EmbeddedPostgres postgres, String password) implements Closeable {

        public String jdbcUrl() {
            return postgres.getJdbcUrl(SUPERUSER, "postgres");
        }

        public int port() {
            return postgres.getPort();
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    private EmbeddedDatabase() {
    }

    /** Refused start-up: no external database is configured and the embedded one is switched off. */
    public static final class NoDatabaseConfigured extends IllegalStateException {
        NoDatabaseConfigured(String message) {
            super(message);
        }
    }

    public static boolean externalConfigured() {
        return setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    /**
     * Whether to start the embedded server, from the external JDBC URL (if any) and {@code YINGSU_EMBEDDED_DATABASE}
     * (if set). The container image switches the embedded server off: a replica must never keep data of its own.
     */
    static boolean embeddedWanted(Optional<String> externalJdbcUrl, Optional<String> embeddedSetting) {
        if (externalJdbcUrl.isPresent()) {
            return false;
        }
        String allowed = embeddedSetting.orElse("true").trim();
        if (allowed.equalsIgnoreCase("true")) {
            return true;
        }
        if (!allowed.equalsIgnoreCase("false")) {
            throw new NoDatabaseConfigured("YINGSU_EMBEDDED_DATABASE must be true or false, not '" + allowed + "'");
        }
        throw new NoDatabaseConfigured("No database configured: set QUARKUS_DATASOURCE_JDBC_URL (for example "
                + "jdbc:postgresql://db.example:5432/yingsu) with QUARKUS_DATASOURCE_USERNAME and "
                + "QUARKUS_DATASOURCE_PASSWORD. The embedded PostgreSQL is switched off here "
                + "(YINGSU_EMBEDDED_DATABASE=false, as in the container image).");
    }

    /**
     * Starts the persistent server and points the datasource at it through system properties, unless an external
     * database is configured; throws {@link NoDatabaseConfigured} when neither may be used.
     */
    public static void startUnlessExternalConfigured() {
        if (!embeddedWanted(setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL"),
                setting("yingsu.embedded-database", "YINGSU_EMBEDDED_DATABASE"))) {
            // The query string may carry a password: log only where the database is.
            LOG.infof("Using the external PostgreSQL at %s",
                    setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").orElseThrow()
                            .replaceFirst("\\?.*$", ""));
            return;
        }
        Path dataDir = dataDirectory();
        Server server = start(dataDir, false);
        System.setProperty("quarkus.datasource.jdbc.url", server.jdbcUrl());
        System.setProperty("quarkus.datasource.username", SUPERUSER);
        System.setProperty("quarkus.datasource.password", server.password());
        // Demo mode is on by default with the embedded database (docs/domain.md §7).
        if (setting("yingsu.demo", "YINGSU_DEMO").isEmpty()) {
            System.setProperty("yingsu.demo", "true");
        }
        LOG.infof("Embedded PostgreSQL %s is running on port %d with its data in %s",
                MAJOR, server.port(), dataDir);
    }

    /**
     * Starts a server on {@code dataDir}. A throwaway one ({@code clean}) is wiped on close and may skip syncing to
     * disk; a persistent one keeps its files, syncs every commit and survives restarts. Both require the password,
     * which for a persistent server is generated once and kept beside its files (see {@link #passwordFile}).
     */
    public static Server start(Path dataDir, boolean clean) {
        return start(dataDir, clean, 0);
    }

    /** As {@link #start(Path, boolean)} on a given port ({@code 0}: any free one). */
    public static Server start(Path dataDir, boolean clean, int port) {
        return start(dataDir, clean, !clean, port);
    }

    /**
     * As {@link #start(Path, boolean, int)}, syncing every commit or not whatever the server's lifetime: a
     * benchmark of the product's durable configuration needs a throwaway server that syncs like the product's.
     */
    public static Server start(Path dataDir, boolean clean, boolean sync, int port) {
        try {
            Files.createDirectories(dataDir);
            String password = clean ? newSecret() : persistentPassword(dataDir);
            if (!clean) {
                stopOrphanedPostmaster(dataDir);
            }
            Path passwordForInitdb = writePrivate(Files.createTempFile(dataDir.getParent(), "initdb", ".pw"), password);
            EmbeddedPostgres postgres;
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(clean)
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C")
                        // initdb takes its last -A: a new cluster never trusts anyone, not even for a moment.
                        .setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordForInitdb.toString())
                        .setConnectConfig("password", password)
                        .setServerConfig("max_connections", "100")
                        // zonky starts the server with -F (no fsync); a later -c wins. A commit the product
                        // acknowledged must survive a crash or a power cut; only throwaway test servers skip that.
                        .setServerConfig("fsync", sync ? "on" : "off")
                        .setServerConfig("synchronous_commit", sync ? "on" : "off")
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setPGStartupWait(Duration.ofSeconds(60));
                if (port > 0) {
                    builder.setPort(port);
                }
                postgres = builder.start();
            } finally {
                Files.deleteIfExists(passwordForInitdb);
            }
            requirePasswords(postgres, password);
            return new Server(postgres, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * The superuser's password of the persistent server on {@code dataDir}, created on first use: readable by the
     * account running the product alone (0600).
     */
    static String persistentPassword(Path dataDir) throws IOException {
        Path file = passwordFile(dataDir);
        try {
            writePrivate(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))), newSecret());
        } catch (FileAlreadyExistsException kept) {
            // Made by an earlier start.
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (password.isEmpty()) {
            throw new IllegalStateException("The database password file " + file + " is empty");
        }
        return password;
    }

    /** Beside the server's own files: initdb wants an empty directory, and a new major gets a new one. */
    public static Path passwordFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".password");
    }

    /**
     * Servers created before passwords were required trust every local connection: give the superuser the password
     * and replace the trust rules. A new cluster already has both, so this changes nothing there.
     */
    private static void requirePasswords(EmbeddedPostgres postgres, String password) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var rules = statement.executeQuery("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'");
            rules.next();
            if (rules.getLong(1) == 0) {
                return;
            }
            LOG.warn("The embedded PostgreSQL trusted local connections: it now requires the password");
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + SUPERUSER + " password '" + password.replace("'", "''") + "'");
            var hbaFile = statement.executeQuery("show hba_file");
            hbaFile.next();
            Files.writeString(Path.of(hbaFile.getString(1)), String.join("\n", HBA_RULES) + "\n",
                    StandardCharsets.US_ASCII);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Cannot make the embedded PostgreSQL require its password", e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path writePrivate(Path file, String content) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return file;
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
