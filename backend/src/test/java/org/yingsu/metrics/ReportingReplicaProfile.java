package org.yingsu.metrics;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import org.yingsu.testing.ReportingReplicaResource;

/** The app with a reporting datasource (YINGSU_REPORTING_JDBC_URL) beside its primary. */
public class ReportingReplicaProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ReportingReplicaResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
