package org.yingsu.metrics;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.yingsu.common.database.EmbeddedDatabase;

/** A throwaway embedded PostgreSQL of the benchmark's own, with no demo data. */
public class ScaleBenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yingsu.demo", "false", "quarkus.log.category.\"org.yingsu\".level", "WARN");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BenchmarkDatabase.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    public static class BenchmarkDatabase implements QuarkusTestResourceLifecycleManager {

        private EmbeddedPostgres postgres;

        @Override
        public Map<String, String> start() {
            try {
                postgres = EmbeddedDatabase.start(Files.createTempDirectory("yingsu-bench-pg"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "");
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
}
