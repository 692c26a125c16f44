package org.yingsu.metrics;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.yingsu.testing.PrivateDatabaseResource;

/** A throwaway embedded PostgreSQL of the benchmark's own, with no demo data. */
public class ScaleBenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yingsu.demo", "false", "quarkus.log.category.\"org.yingsu\".level", "WARN");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PrivateDatabaseResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
