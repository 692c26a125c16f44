package org.yingsu.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Tokens, accounts and records made through the API for the security tests, each with unique keys. */
public final class SecurityFixtures {

    public static final String COURT = "重庆市渝北区人民法院";
    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger MINUTES = new AtomicInteger();

    private SecurityFixtures() {
    }

    public record Token(long id, String secret) {
    }

    /** A new API token, made by the bootstrap ADMIN; {@code agencyCode} only for AGENCY. */
    public static Token token(String role, String agencyCode) {
        var json = Fixtures.newToken(role, agencyCode);
        return new Token(json.getLong("token.id"), json.getString("secret"));
    }

    /** A COURT token of the court named. */
    public static Token courtToken(String court) {
        var json = Fixtures.newToken("COURT", null, court);
        return new Token(json.getLong("token.id"), json.getString("secret"));
    }

    public static String user(String role, String agencyCode) {
        String username = Fixtures.unique("user").toLowerCase();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "测试用户",
                "role", role, "password", PASSWORD));
        body.put("agencyCode", agencyCode);
        given().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201);
        return username;
    }

    /** A distinct time for every hearing the tests create, so that no two collide within a case. */
    public static String nextHearingTime() {
        return OffsetDateTime.of(2022, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))
                .plusMinutes(MINUTES.incrementAndGet()).toString();
    }

    public static Map<String, Object> caseBody(List<String> defendants) {
        return Map.of("court", COURT, "caseNumber", Fixtures.unique("（2022）渝0112行初"),
                "trialLevel", "FIRST_INSTANCE", "filedOn", "2022-01-05", "defendants", defendants);
    }

    public static Map<String, Object> hearingBody(long caseId, String status) {
        return Map.of("caseId", caseId, "scheduledAt", nextHearingTime(), "status", status);
    }

    public static Map<String, Object> noticeBody(long hearingId, String agencyCode) {
        return Map.of("hearingId", hearingId, "agencyCode", agencyCode, "number", Fixtures.unique("（2022）渝0112行初之"),
                "servedOn", "2022-02-20");
    }

    public static Map<String, Object> appearanceBody(long hearingId, String officialCode) {
        return Map.of("hearingId", hearingId, "officialCode", officialCode, "spoke", true);
    }

    public static Map<String, Object> delegationBody(long hearingId, String agencyCode, String delegateCode) {
        return Map.of("hearingId", hearingId, "agencyCode", agencyCode, "reasonCategory", "NON_DELEGABLE_DUTY",
                "reason", "局长当日出席市政府常务会议，需要履行他人不能代替的公务", "delegateOfficialCode", delegateCode);
    }
}
