package org.yingsu.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.yingsu.testing.Api;

/** {@link AuthenticationTests} against the packaged jar, run by failsafe in {@code verify}. */
@QuarkusIntegrationTest
class AuthenticationIT extends AuthenticationTests {

    @BeforeAll
    static void callAsAdminUnlessTold() {
        Api.authenticateAsAdminByDefault();
    }
}
