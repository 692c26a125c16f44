package org.yingsu.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.yingsu.testing.PrivateDatabaseResource;

/**
 * Demo mode on a database of its own: other test classes put their agencies into the shared one, which would add to
 * the district's group totals.
 */
public class DemoDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yingsu.demo", "true");
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
