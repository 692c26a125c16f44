package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;
import org.yingsu.testing.RestartableDatabaseResource;

/**
 * While the database is down the API answers 503 with Retry-After (a client retries), not 500, and stores nothing;
 * readiness says DOWN; when the database is back, the same request succeeds (reliability issue, item 5).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTests.OutageProfile.class)
class DatabaseOutageTests {

    public static class OutageProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartableDatabaseResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Fail fast while the server is down, instead of holding the client for the default 5 s per request.
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "PT1S");
        }
    }

    @Test
    void aDatabaseOutageIs503WithRetryAfterAndTheRetryAfterwardsSucceeds() {
        given().get("/api/agencies").then().statusCode(200);
        String code = Fixtures.unique("OUT");
        Map<String, Object> agency = Map.of("code", code, "name", "区民政局", "kind", "DEPARTMENT");
        RestartableDatabaseResource.stopServer();
        try {
            given().get("/api/agencies").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("type", equalTo("urn:yingsu:problem:unavailable"));
            Json.post("/api/agencies", agency).statusCode(503).header("Retry-After", notNullValue());
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            RestartableDatabaseResource.startServer();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Json.post("/api/agencies", agency).statusCode(201));
        given().get("/api/agencies/" + code).then().statusCode(200).body("name", equalTo("区民政局"));
    }
}
