package org.yingsu.common;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;

/** What an orchestrator probes: no credentials, and ready only with the database reachable. */
@QuarkusTest
class HealthTests {

    @Test
    void theAppAnswersItsProbesWithoutCredentials() {
        Api.anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Api.anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
