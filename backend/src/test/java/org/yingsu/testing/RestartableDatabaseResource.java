package org.yingsu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yingsu.common.database.EmbeddedDatabase;

/**
 * A private PostgreSQL that a test may stop and start again, on the same port and files: an outage as an operator
 * sees one. Only for the profile that asks for it.
 */
public class RestartableDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static Path dataDir;
    private static int port;
    private static EmbeddedDatabase.Server server;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("yingsu-outage-pg").resolve("pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = EmbeddedDatabase.start(dataDir, false, port);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER,
                "quarkus.datasource.password", server.password());
    }

    /** Stops the server as an operator or a crash would; connections in the pool break. */
    public static synchronized void stopServer() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void startServer() {
        server = EmbeddedDatabase.start(dataDir, false, port);
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
