package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;

/**
 * Issue 15 item 6: guessing is slowed down by growing delays per account, per account and address, and per address,
 * and nobody is locked out by a stranger. The counts are in PostgreSQL, shared by every instance. The test profile
 * starts the delays at one minute, so that no answer here depends on how fast the machine is.
 */
@QuarkusTest
class LoginThrottleTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final Duration MAX_DELAY = Duration.ofMinutes(5);

    @Inject
    AgroalDataSource dataSource;

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet() + (int) (System.nanoTime() % 200) * 256;
        return "10.88." + (n / 256 % 256) + "." + (n % 256);
    }

    private static Response login(String address, String username, String password) {
        return Api.anonymous().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/login");
    }

    private static long refused(Response response) {
        response.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:too-many-attempts"));
        return Long.parseLong(response.getHeader("Retry-After"));
    }

    /** As if {@code seconds} had passed since the failures counted for this account and address. */
    private void timePasses(String username, String address, long seconds) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("update login_throttle set last_failure_at = last_failure_at"
                        + " - make_interval(secs => ?) where key in (?, ?, ?)")) {
            statement.setLong(1, seconds);
            statement.setString(2, "account:" + username);
            statement.setString(3, "pair:" + username + "|" + address);
            statement.setString(4, "source:" + address);
            statement.executeUpdate();
        }
    }

    @Test
    void afterThreeFailuresEachAttemptWaitsTwiceAsLongAndTheRightPasswordThenWorks() throws SQLException {
        String username = SecurityFixtures.user("READER", null);
        String stranger = newAddress();
        for (int i = 0; i < 3; i++) {
            login(stranger, username, "wrong-password-" + i).then().statusCode(401)
                    .body("type", equalTo("urn:yingsu:problem:invalid-credentials"));
        }
        // Refused before the password is looked at: the right one is refused too, and reveals nothing.
        long first = refused(login(stranger, username, SecurityFixtures.PASSWORD));
        assertTrue(first > 0 && first <= FIRST_DELAY.toSeconds(), "first wait " + first);

        timePasses(username, stranger, first);
        login(stranger, username, "wrong-password-3").then().statusCode(401);
        long second = refused(login(stranger, username, SecurityFixtures.PASSWORD));
        assertTrue(second > FIRST_DELAY.toSeconds() && second <= 2 * FIRST_DELAY.toSeconds(), "second wait " + second);

        timePasses(username, stranger, second);
        login(stranger, username, SecurityFixtures.PASSWORD).then().statusCode(200);
        login(stranger, username, "wrong-password-4").then().statusCode(401);
    }

    @Test
    void aStrangersFailuresDoNotKeepThePersonOutFromTheirUsualAddress() {
        String username = SecurityFixtures.user("ADMIN", null);
        String office = newAddress();
        login(office, username, SecurityFixtures.PASSWORD).then().statusCode(200);
        String stranger = newAddress();
        for (int i = 0; i < 8; i++) {
            Response attempt = login(stranger, username, "guess-" + i);
            assertTrue(attempt.statusCode() == 401 || attempt.statusCode() == 429, attempt.asString());
        }
        // From an address the account has never used, the account's own count applies, for a bounded time.
        long wait = refused(login(newAddress(), username, SecurityFixtures.PASSWORD));
        assertTrue(wait <= MAX_DELAY.toSeconds(), "wait " + wait);
        login(office, username, SecurityFixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void twentyFailuresFromOneAddressDoNotBlockTheOthersBehindIt() {
        String proxy = newAddress();
        String regular = SecurityFixtures.user("READER", null);
        login(proxy, regular, SecurityFixtures.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 20; i++) {
            Response attempt = login(proxy, Fixtures.unique("nobody"), "whatever-password");
            assertTrue(attempt.statusCode() == 401 || attempt.statusCode() == 429, attempt.asString());
        }
        login(proxy, regular, SecurityFixtures.PASSWORD).then().statusCode(200);
        String newcomer = SecurityFixtures.user("READER", null);
        long wait = refused(login(proxy, newcomer, SecurityFixtures.PASSWORD));
        assertTrue(wait <= MAX_DELAY.toSeconds(), "a newcomer behind the proxy waits at most the longest delay: " + wait);
        login(newAddress(), newcomer, SecurityFixtures.PASSWORD).then().statusCode(200);
    }

    /** Another instance counted these failures: this one honours them, because the counts are in the database. */
    @Test
    void failuresCountedByAnotherInstanceAreHonoured() throws SQLException {
        String username = SecurityFixtures.user("READER", null);
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("insert into login_throttle (key, failures, last_failure_at) values (?, 4, now())")) {
            statement.setString(1, "account:" + username);
            statement.executeUpdate();
        }
        long wait = refused(login(newAddress(), username, SecurityFixtures.PASSWORD));
        assertTrue(wait > FIRST_DELAY.toSeconds() && wait <= 2 * FIRST_DELAY.toSeconds(), "wait " + wait);
    }

    @Test
    void failedLoginsAreAuditedWithTheAccountTheAddressAndNoPassword() {
        String username = SecurityFixtures.user("READER", null);
        String address = newAddress();
        String password = "my-secret-guess-" + Fixtures.unique("p");
        login(address, username, password).then().statusCode(401);
        String unknown = Fixtures.unique("nobody").toLowerCase();
        login(address, unknown, password).then().statusCode(401);

        Response answer = given().queryParam("action", "LOGIN_FAILED").queryParam("actor", "address:" + address)
                .get("/api/audit");
        answer.then().statusCode(200);
        assertFalse(answer.asString().contains(password), "the password tried is never recorded");
        JsonPath records = answer.jsonPath();
        assertEquals(List.of(unknown, username), records.getList("items.entityId"));
        assertEquals(List.of("login", "login"), records.getList("items.entity"));
        assertEquals(List.of("UNKNOWN_USER", "WRONG_PASSWORD"), records.getList("items.after.reason"));
        assertEquals(List.of(address, address), records.getList("items.after.address"));
        assertTrue(records.getString("items[0].at") != null);
        Api.as(SecurityFixtures.token("READER", null).secret()).queryParam("action", "LOGIN_FAILED")
                .get("/api/audit").then().statusCode(403);
    }
}
