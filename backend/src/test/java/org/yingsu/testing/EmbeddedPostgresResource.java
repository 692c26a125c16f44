package org.yingsu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.yingsu.common.database.EmbeddedDatabase;

/**
 * Tests run against a fresh, throwaway PostgreSQL, unless QUARKUS_DATASOURCE_JDBC_URL names an external one (the
 * same suite then runs there; tests create their own data with unique keys).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase.Server postgres;

    @Override
    public Map<String, String> start() {
        if (useExternal()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedDatabase.start(Files.createTempDirectory("yingsu-test-pg"), true, syncs(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER,
                "quarkus.datasource.password", postgres.password());
    }

    /** Whether the throwaway server syncs every commit to disk as the product's does; tests need not wait for it. */
    protected boolean syncs() {
        return false;
    }

    /** Whether to use the configured external database instead of starting one. */
    protected boolean useExternal() {
        return EmbeddedDatabase.externalConfigured();
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
