package org.yingsu.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes data through the HTTP API with unique keys, because a REST call commits and nothing rolls it back: tests
 * must not see each other's records.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final Set<Quarter> CLAIMED = ConcurrentHashMap.newKeySet();

    /** A calendar quarter; {@link #date(int, int)} gives a day in it. */
    public record Quarter(int year, int quarter) {

        public String date(int month, int day) {
            return String.format("%d-%02d-%02d", year, (quarter - 1) * 3 + month, day);
        }
    }

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A quarter long past with nothing in it yet — no bulletin, no hearing, no notice, no outcome — that no other test
     * of this run took, so that a test can fill it and publish it: bulletins are district-wide, the database is
     * shared (and may be an external one that earlier runs left data in), and other tests use fixed past years.
     */
    public static Quarter unpublishedQuarter() {
        for (int attempt = 0; attempt < 500; attempt++) {
            Quarter candidate = new Quarter(ThreadLocalRandom.current().nextInt(1991, 2020),
                    ThreadLocalRandom.current().nextInt(1, 5));
            if (CLAIMED.contains(candidate)) {
                continue;
            }
            var preview = given().queryParam("year", candidate.year()).queryParam("quarter", candidate.quarter())
                    .get("/api/bulletins/preview").then().statusCode(200).extract().jsonPath();
            boolean empty = preview.get("current") == null
                    && preview.getInt("content.groups.find { it.group == 'ALL' }.casesHeard") == 0
                    && preview.getInt("content.groups.find { it.group == 'ALL' }.noticesReceived") == 0
                    && preview.getInt("content.groups.find { it.group == 'ALL' }.casesConcluded") == 0;
            if (empty && CLAIMED.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no empty, unpublished quarter is left between 1991 and 2019");
    }

    public static String agency(String kind) {
        return agency(kind, null);
    }

    /** An agency under {@code parentCode} (a lower-level or entrusted body of it), or at the top when null. */
    public static String agency(String kind, String parentCode) {
        String code = unique("AG");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "测试机关" + code, "kind", kind));
        body.put("parentCode", parentCode);
        given().contentType(ContentType.JSON).body(body).post("/api/agencies").then().statusCode(201);
        return code;
    }

    public static String official(String agencyCode, String role, String validFrom, String validTo) {
        String code = unique("OF");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "agencyCode", agencyCode, "name", "王某",
                "role", role, "title", "局长", "validFrom", validFrom));
        body.put("validTo", validTo);
        given().contentType(ContentType.JSON).body(body).post("/api/officials").then().statusCode(201);
        return code;
    }

    /** The secret of a new API token of an AGENCY user of {@code agencyCode}, valid for a day. */
    public static String agencyToken(String agencyCode) {
        return token("AGENCY", agencyCode);
    }

    public static long caseOf(List<String> defendants, String trialLevel) {
        Map<String, Object> body = Map.of("court", "重庆市渝北区人民法院", "caseNumber", unique("（2022）渝0112行初"),
                "trialLevel", trialLevel, "filedOn", "2022-01-05", "causeOfAction", "行政处罚",
                "plaintiffs", List.of("李某"), "defendants", defendants, "mandatoryCategories", List.of());
        return given().contentType(ContentType.JSON).body(body).post("/api/cases").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long hearing(long caseId, String scheduledAt, String status) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "scheduledAt", scheduledAt, "status", status))
                .post("/api/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The secret of a new API token for {@code role}, scoped to {@code agencyCode} when the role is AGENCY. */
    public static String token(String role, String agencyCode) {
        return newToken(role, agencyCode).getString("secret");
    }

    /**
     * A new API token made by the bootstrap ADMIN, valid for a day: the answer with {@code secret} and {@code token}.
     * A COURT token is the court's of {@link SecurityFixtures#COURT}, which the tests' cases name.
     */
    public static JsonPath newToken(String role, String agencyCode) {
        return newToken(role, agencyCode, "COURT".equals(role) ? SecurityFixtures.COURT : null);
    }

    public static JsonPath newToken(String role, String agencyCode, String court) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("token-" + role), "role", role,
                "expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        body.put("agencyCode", agencyCode);
        body.put("court", court);
        return given().contentType(ContentType.JSON).body(body).post("/api/tokens").then().statusCode(201)
                .extract().jsonPath();
    }

    /** A minimal PDF: the documents API checks that the bytes are what the type claims. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Attaches a PDF of this kind (DELEGATION_LETTER, EVIDENCE, ...) to a record, as the current caller. */
    public static long attach(String ownerType, long ownerId, String kind) {
        return given().contentType("application/pdf").body(PDF).queryParam("ownerType", ownerType)
                .queryParam("ownerId", ownerId).queryParam("kind", kind).queryParam("fileName", "材料.pdf")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Records the case's outcome, or corrects it from the version it reads first. */
    public static void outcome(long caseId, String result, String concludedOn) {
        String path = "/api/cases/" + caseId + "/outcome";
        var current = given().get(path).then().extract();
        var request = given().contentType(ContentType.JSON);
        request = current.statusCode() == 404 ? request.header("If-None-Match", "*")
                : request.header("If-Match", current.header("ETag"));
        request.body(Map.of("result", result, "concludedOn", concludedOn)).put(path).then().statusCode(200);
    }
}
