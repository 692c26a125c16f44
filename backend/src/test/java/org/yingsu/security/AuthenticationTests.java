package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;

/** People's sessions, CSRF, the login rate limit, and what failures look like. */
@QuarkusTest
class AuthenticationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** Each test logs in from its own client address, so that rate limits of one test never touch another. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet() + (int) (System.nanoTime() % 200) * 256;
        return "10.77." + (n / 256 % 256) + "." + (n % 256);
    }

    private static Response login(String address, String username, String password) {
        return Api.anonymous().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/login");
    }

    private static RequestSpecification withSession(String session) {
        return Api.anonymous().cookie(Api.SESSION_COOKIE_NAME, session);
    }

    @Test
    void aPersonLogsInWithAProtectedCookieAndLogsOut() {
        String username = SecurityFixtures.user("ADMIN", null);
        Response login = login(newAddress(), username.toUpperCase(), SecurityFixtures.PASSWORD);
        login.then().statusCode(200).body("kind", equalTo("USER")).body("username", equalTo(username))
                .body("role", equalTo("ADMIN")).body("csrfToken", notNullValue());
        String cookie = login.getHeader("Set-Cookie");
        for (String attribute : new String[] {"HttpOnly", "Secure", "SameSite=Strict", "Path=/api"}) {
            assertTrue(cookie.contains(attribute), "session cookie " + cookie + " lacks " + attribute);
        }
        String session = login.getCookie(Api.SESSION_COOKIE_NAME);
        String csrf = login.jsonPath().getString("csrfToken");
        withSession(session).get("/api/auth/me").then().statusCode(200).body("username", equalTo(username))
                .body("csrfToken", equalTo(csrf));

        withSession(session).post("/api/auth/logout").then().statusCode(403)
                .body("type", equalTo("urn:yingsu:problem:csrf"));
        withSession(session).header("X-CSRF-Token", csrf).post("/api/auth/logout").then().statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        withSession(session).get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void changesMadeWithTheCookieNeedTheCsrfToken() {
        String username = SecurityFixtures.user("ADMIN", null);
        Response login = login(newAddress(), username, SecurityFixtures.PASSWORD);
        String session = login.getCookie(Api.SESSION_COOKIE_NAME);
        String csrf = login.jsonPath().getString("csrfToken");
        String code = Fixtures.unique("AG");
        Map<String, Object> agency = Map.of("code", code, "name", "区司法局", "kind", "DEPARTMENT");

        withSession(session).contentType(ContentType.JSON).body(agency).post("/api/agencies").then()
                .statusCode(403).contentType("application/problem+json").body("type", equalTo("urn:yingsu:problem:csrf"));
        withSession(session).header("X-CSRF-Token", csrf + "x").contentType(ContentType.JSON).body(agency)
                .post("/api/agencies").then().statusCode(403);
        given().get("/api/agencies/" + code).then().statusCode(404);
        withSession(session).get("/api/agencies/" + Fixtures.agency("DEPARTMENT")).then().statusCode(200);
        withSession(session).header("X-CSRF-Token", csrf).contentType(ContentType.JSON).body(agency)
                .post("/api/agencies").then().statusCode(201);
    }

    @Test
    void repeatedWrongPasswordsForOneAccountAreSlowedDown() {
        String username = SecurityFixtures.user("READER", null);
        for (int i = 0; i < 3; i++) {
            login(newAddress(), username, "wrong-password-" + i).then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("urn:yingsu:problem:invalid-credentials"));
        }
        Response refused = login(newAddress(), username, SecurityFixtures.PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json");
        int retryAfter = Integer.parseInt(refused.getHeader("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        login(newAddress(), SecurityFixtures.user("READER", null), SecurityFixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void manyFailuresFromOneAddressAreSlowedDown() {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            login(address, Fixtures.unique("nobody"), "whatever-password").then().statusCode(401);
        }
        String username = SecurityFixtures.user("READER", null);
        login(address, username, SecurityFixtures.PASSWORD).then().statusCode(429).header("Retry-After", notNullValue());
        login(newAddress(), username, SecurityFixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresAreProblemsThatLeakNothing() {
        Api.anonymous().get("/api/cases").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401))
                .body("type", equalTo("urn:yingsu:problem:unauthenticated"));
        Api.as("ysk_made-up").get("/api/cases").then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/cases").then().statusCode(401);
        Api.as(SecurityFixtures.token("READER", null).secret()).get("/api/cases").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:yingsu:problem:forbidden"));
        String unknown = login(newAddress(), Fixtures.unique("nobody"), "some-password").then().statusCode(401)
                .extract().asString();
        String wrong = login(newAddress(), SecurityFixtures.user("READER", null), "some-password").then()
                .statusCode(401).extract().asString();
        assertEquals(unknown, wrong, "an unknown user and a wrong password look the same");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessions() {
        String agency = Fixtures.agency("DEPARTMENT");
        String username = SecurityFixtures.user("AGENCY", agency);
        Response first = login(newAddress(), username, SecurityFixtures.PASSWORD);
        first.then().body("agencyCode", equalTo(agency))
                .body("visibleAgencyCodes", org.hamcrest.Matchers.contains(agency));
        Response second = login(newAddress(), username, SecurityFixtures.PASSWORD);
        String session = first.getCookie(Api.SESSION_COOKIE_NAME);
        RequestSpecification change = withSession(session).header("X-CSRF-Token", first.jsonPath().getString("csrfToken"))
                .contentType(ContentType.JSON);
        change.body(Map.of("currentPassword", "not-my-password", "newPassword", "a-long-new-password")).put("/api/auth/password")
                .then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        change.body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "short"))
                .put("/api/auth/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        change.body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "x" + username + "x-long"))
                .put("/api/auth/password").then().statusCode(400).body("errors[0].message", containsString("用户名"));
        change.body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "a-long-new-password"))
                .put("/api/auth/password").then().statusCode(204);

        withSession(second.getCookie(Api.SESSION_COOKIE_NAME)).get("/api/auth/me").then().statusCode(401);
        withSession(session).get("/api/auth/me").then().statusCode(200);
        login(newAddress(), username, SecurityFixtures.PASSWORD).then().statusCode(401);
        login(newAddress(), username, "a-long-new-password").then().statusCode(200);
    }

    @Test
    void aDisabledAccountIsLockedOutAtOnce() {
        String username = SecurityFixtures.user("READER", null);
        String session = login(newAddress(), username, SecurityFixtures.PASSWORD).getCookie(Api.SESSION_COOKIE_NAME);
        long version = given().get("/api/users/" + username).then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("displayName", "停用", "role", "READER", "enabled", false))
                .put("/api/users/" + username).then().statusCode(200).body("enabled", equalTo(false));
        withSession(session).get("/api/auth/me").then().statusCode(401);
        login(newAddress(), username, SecurityFixtures.PASSWORD).then().statusCode(401);
    }

    @Test
    void accountsAreCheckedAndTheLastAdminStays() {
        given().contentType(ContentType.JSON).body(Map.of("username", Fixtures.unique("u").toLowerCase(),
                "displayName", "弱口令", "role", "READER", "password", "123")).post("/api/users").then()
                .statusCode(400).body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON).body(Map.of("username", Fixtures.unique("u").toLowerCase(),
                "displayName", "无机关", "role", "AGENCY", "password", SecurityFixtures.PASSWORD)).post("/api/users")
                .then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        String username = SecurityFixtures.user("READER", null);
        given().contentType(ContentType.JSON).body(Map.of("username", username.toUpperCase(), "displayName", "重名",
                "role", "READER", "password", SecurityFixtures.PASSWORD)).post("/api/users").then().statusCode(409)
                .body("errors[0].field", equalTo("username"));
        given().get("/api/users/" + username).then().statusCode(200).body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @Test
    void theWebAppGetsSecurityHeaders() {
        for (String path : new String[] {"/api/auth/me", "/q/health/live", "/"}) {
            var response = given().get(path).then();
            response.header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"));
        }
        given().get("/api/auth/me").then().header("Cache-Control", "no-store");
    }

    @Test
    void browsersMayCallOnlyFromTheAppsOwnOrigin() {
        Api.anonymous().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/agencies").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/agencies").then().statusCode(403);
    }
}
