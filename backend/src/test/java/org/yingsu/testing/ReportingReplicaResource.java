package org.yingsu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.yingsu.common.database.EmbeddedDatabase;

/**
 * A primary and a second PostgreSQL standing in for its read replica: the second has the schema (migrated here as
 * the primary's is at start-up) but only what a test writes into it, so an answer shows which one it was read from.
 * The stand-in may be stopped and started again, as a replica that goes away.
 */
public class ReportingReplicaResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase.Server primary;
    private static EmbeddedDatabase.Server replica;
    private static Path replicaDir;
    private static int replicaPort;

    @Override
    public Map<String, String> start() {
        try {
            primary = EmbeddedDatabase.start(Files.createTempDirectory("yingsu-primary-pg"), true);
            replicaDir = Files.createTempDirectory("yingsu-replica-pg").resolve("pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                replicaPort = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replica = EmbeddedDatabase.start(replicaDir, false, replicaPort);
        Flyway.configure().dataSource(replica.jdbcUrl(), EmbeddedDatabase.SUPERUSER, replica.password())
                .locations("classpath:db/migration").load().migrate();
        return Map.of(
                "quarkus.datasource.jdbc.url", primary.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER,
                "quarkus.datasource.password", primary.password(),
                "quarkus.datasource.reporting.jdbc.url", replica.jdbcUrl(),
                "quarkus.datasource.reporting.password", replica.password());
    }

    /** The replica goes away; connections in the reporting pool break. */
    public static synchronized void stopReplica() {
        try {
            replica.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void startReplica() {
        replica = EmbeddedDatabase.start(replicaDir, false, replicaPort);
    }

    @Override
    public void stop() {
        try {
            replica.close();
            primary.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
