package org.yingsu.metrics;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.yingsu.testing.Api;

/** {@link FiguresTests} against the packaged jar, run by failsafe in {@code verify}. */
@QuarkusIntegrationTest
class FiguresIT extends FiguresTests {

    @BeforeAll
    static void callAsAdminUnlessTold() {
        Api.authenticateAsAdminByDefault();
    }
}
