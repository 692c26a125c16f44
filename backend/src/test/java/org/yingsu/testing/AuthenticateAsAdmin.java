package org.yingsu.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Registered as a service, so that every {@code @QuarkusTest} calls the API as ADMIN unless it says otherwise. */
public class AuthenticateAsAdmin implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Api.authenticateAsAdminByDefault();
    }
}
