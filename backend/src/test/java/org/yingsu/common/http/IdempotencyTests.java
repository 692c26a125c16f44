package org.yingsu.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.RequestFreezer;

@QuarkusTest
class IdempotencyTests {

    @Inject
    DataSource dataSource;

    @Test
    void sixteenConcurrentRequestsWithOneKeyExecuteOnceAndAllSuccessfulAnswersAreIdentical() throws Exception {
        String agency = Fixtures.agency("DEPARTMENT");
        String number = Fixtures.unique("（2022）渝0112行初");
        String body = """
                [{"court": "重庆市渝北区人民法院", "caseNumber": "%s", "trialLevel": "FIRST_INSTANCE",
                  "defendants": ["%s"],
                  "hearings": [{"scheduledAt": "2022-03-01T09:30:00+08:00", "status": "SCHEDULED"}]}]"""
                .formatted(number, agency);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .post("/api/intake/cases");
            }));
        }
        start.countDown();
        Set<String> successfulBodies = new HashSet<>();
        int successes = 0;
        for (Future<Response> call : calls) {
            Response response = call.get();
            assertTrue(response.statusCode() == 200 || response.statusCode() == 409,
                    "got " + response.statusCode() + ": " + response.asString());
            if (response.statusCode() == 200) {
                successes++;
                successfulBodies.add(response.asString());
            }
        }
        pool.shutdown();
        assertTrue(successes >= 1);
        assertEquals(1, successfulBodies.size(), "every successful answer is the first one");
        assertTrue(successfulBodies.iterator().next().contains("\"created\""));
        assertEquals("1|0", single("select count(*) || '|' || max(version) from litigation_case where case_number = ?",
                number));
    }

    @Test
    void aRetryGetsTheFirstAnswerAndWorksForEveryPostResource() throws SQLException {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.unique("IDEM");
        Map<String, Object> agency = Map.of("code", code, "name", "区司法局", "kind", "DEPARTMENT");
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency)
                .post("/api/agencies");
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency)
                .post("/api/agencies");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"));
        assertEquals(first.asString(), retry.asString());
        assertEquals("1", single("select count(*)::text from agency where code = ?", code));

        // Without the key the same request is a new one: a duplicate code.
        given().contentType(ContentType.JSON).body(agency).post("/api/agencies").then().statusCode(409);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndChangesNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.unique("IDEM");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "区司法局", "kind", "DEPARTMENT")).post("/api/agencies")
                .then().statusCode(201);
        String other = Fixtures.unique("IDEM");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("code", other, "name", "区司法局", "kind", "DEPARTMENT")).post("/api/agencies")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals("0", single("select count(*)::text from agency where code = ?", other));
    }

    @Test
    void clientErrorsAreKeptButServerErrorsAreNot() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("code", "bad code!", "name", "区司法局", "kind", "DEPARTMENT");
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(invalid)
                .post("/api/agencies");
        first.then().statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(invalid).post("/api/agencies")
                .then().statusCode(400).header("Idempotent-Replayed", "true").contentType("application/problem+json");
        assertEquals("DONE|400", single("select state || '|' || status from idempotency_key where key = ?", key));
    }

    @Test
    void keysSurviveInTheDatabaseAndExpireAfterTheirRetention() throws SQLException {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.unique("IDEM");
        Map<String, Object> agency = Map.of("code", code, "name", "区司法局", "kind", "DEPARTMENT");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency).post("/api/agencies")
                .then().statusCode(201);
        assertEquals("true", single("""
                select (expires_at - created_at = interval '24 hours')::text from idempotency_key where key = ?""", key));
        // Once expired the key is free again: the request executes anew (and meets the stored agency).
        update("update idempotency_key set expires_at = now() - interval '1 second' where key = ?", key);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency).post("/api/agencies")
                .then().statusCode(409);
    }

    @Test
    void aKeyWhoseRequestDiedBetweenItsEffectAndItsAnswerIsFreeAtOnceAndTheRetryRunsOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.unique("IDEM");
        Map<String, Object> agency = Map.of("code", code, "name", "区司法局", "kind", "DEPARTMENT");
        RequestFreezer.Frozen dead = RequestFreezer.expect(key);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Response> first = pool.submit(() -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key).header(RequestFreezer.HEADER, "die:" + key).body(agency)
                .post("/api/agencies"));
        try {
            dead.awaitFrozen();
            // The first request's process is as good as dead: its session is gone, its thread never goes on.
            Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency)
                    .post("/api/agencies");
            retry.then().statusCode(201).header("Idempotent-Replayed", (String) null);
            assertEquals("1", single("select count(*)::text from agency where code = ?", code));

            Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency)
                    .post("/api/agencies");
            again.then().statusCode(201).header("Idempotent-Replayed", "true")
                    .header("Location", retry.header("Location"));
            assertEquals(retry.asString(), again.asString());
        } finally {
            dead.thaw();
        }
        Response lost = first.get();
        pool.shutdown();
        assertTrue(lost.statusCode() >= 500, "the dead request's own answer never says it succeeded: "
                + lost.statusCode());
        assertEquals("1", single("select count(*)::text from agency where code = ?", code));
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsGets409WithRetryAfterThenTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.unique("IDEM");
        Map<String, Object> agency = Map.of("code", code, "name", "区司法局", "kind", "DEPARTMENT");
        RequestFreezer.Frozen slow = RequestFreezer.expect(key);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Response> first = pool.submit(() -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key).header(RequestFreezer.HEADER, key).body(agency)
                .post("/api/agencies"));
        try {
            slow.awaitFrozen();
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency).post("/api/agencies")
                    .then().statusCode(409).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("type", equalTo("urn:yingsu:problem:idempotency-key-in-flight"));
        } finally {
            slow.thaw();
        }
        Response answered = first.get();
        pool.shutdown();
        answered.then().statusCode(201);
        Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(agency)
                .post("/api/agencies");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(answered.asString(), retry.asString());
        // One transaction for key, effect and answer; its writes carry the caller, not the system.
        assertEquals("1", single("select count(*)::text from agency where code = ?", code));
        assertEquals("false", single("""
                select bool_or(actor = 'system')::text from audit_log where entity = 'agency' and after->>'code' = ?""",
                code));
    }

    @Test
    void aMalformedKeyIs400() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(256))
                .body(Map.of("code", Fixtures.unique("IDEM"), "name", "区司法局", "kind", "DEPARTMENT"))
                .post("/api/agencies").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private String single(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void update(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }
}
