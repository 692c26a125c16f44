package org.yingsu.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.yingsu.testing.Api;

/** {@link HealthTests} against the packaged jar, run by failsafe in {@code verify}. */
@QuarkusIntegrationTest
class HealthIT extends HealthTests {

    @BeforeAll
    static void callAsAdminUnlessTold() {
        Api.authenticateAsAdminByDefault();
    }
}
