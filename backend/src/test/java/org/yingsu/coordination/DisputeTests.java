package org.yingsu.coordination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;

/** 行政争议协调化解中心 through the API: the states, the agreement, the case's outcome, time limits, figures, scope. */
@QuarkusTest
class DisputeTests {

    private static final String DISPUTES = "/api/coordination/disputes";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static String body(String kind) {
        String code = Fixtures.unique("MB");
        json().body(Map.of("code", code, "name", "测试调解委员会" + code, "kind", kind)).post("/api/coordination/bodies")
                .then().statusCode(201);
        return code;
    }

    private static Map<String, Object> dispute(String source, String agency, Long caseId, LocalDate receivedOn,
            LocalDate timeLimit) {
        Map<String, Object> body = new HashMap<>(Map.of("number", Fixtures.unique("渝北协调"), "source", source,
                "receivedOn", receivedOn.toString(), "subject", "不服行政处罚决定，申请协调化解",
                "applicants", List.of("李某"), "agencyCodes", List.of(agency)));
        if (!"DIRECT".equals(source)) {
            body.put("court", "重庆市渝北区人民法院");
            body.put("courtReference", Fixtures.unique("（2022）渝0112诉前调"));
        }
        body.put("timeLimit", timeLimit == null ? null : timeLimit.toString());
        body.put("caseId", caseId);
        return body;
    }

    private static long create(Map<String, Object> body) {
        return json().body(body).post(DISPUTES).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(long id) {
        return given().get(DISPUTES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void step(long id, String action, Map<String, Object> body) {
        json().header("If-Match", etag(id)).body(body).post(DISPUTES + "/" + id + "/" + action).then()
                .statusCode(200);
    }

    private static void attachAgreement(long id) {
        given().contentType("application/pdf").body(PDF).queryParam("ownerType", "DISPUTE").queryParam("ownerId", id)
                .queryParam("kind", "AGREEMENT").queryParam("fileName", "调解协议书.pdf").post("/api/documents").then()
                .statusCode(201);
    }

    @Test
    void anEntrustedDisputeIsTakenUpMetOnAndResolvedWithItsAgreementAndItsCaseIsCoordinated() {
        String agency = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        Fixtures.outcome(caseId, "WITHDRAWN", today().toString());
        given().get("/api/cases/" + caseId + "/outcome").then().body("coordinated", equalTo(false));
        String mediator = body("SUBDISTRICT");
        LocalDate received = today().minusDays(20);

        Map<String, Object> incomplete = dispute("ENTRUSTED_AFTER_FILING", agency, null, received, null);
        incomplete.remove("court");
        json().body(incomplete).post(DISPUTES).then().statusCode(422)
                .body("errors.field", hasItems("court", "timeLimit", "caseId"));
        Map<String, Object> good = dispute("ENTRUSTED_AFTER_FILING", agency, caseId, received, today().plusDays(10));
        long id = create(good);
        json().body(good).post(DISPUTES).then().statusCode(409);
        given().get(DISPUTES + "/" + id).then().body("status", equalTo("RECEIVED"))
                .body("timeLimitStatus", equalTo("RUNNING")).body("caseCoordinated", equalTo(false))
                .body("agencies.code", containsInAnyOrder(agency));

        json().body(Map.of("heldOn", today().toString(), "participants", "申请人李某"))
                .post(DISPUTES + "/" + id + "/meetings").then().statusCode(409);
        json().body(Map.of("mediatingBodyCode", "NO-SUCH-BODY", "startedOn", today().toString()))
                .post(DISPUTES + "/" + id + "/start").then().statusCode(422)
                .body("errors[0].field", equalTo("mediatingBodyCode"));
        json().body(Map.of("mediatingBodyCode", mediator, "startedOn", received.minusDays(1).toString()))
                .post(DISPUTES + "/" + id + "/start").then().statusCode(422)
                .body("errors[0].field", equalTo("startedOn"));
        String before = etag(id);
        step(id, "start", Map.of("mediatingBodyCode", mediator, "startedOn", received.plusDays(1).toString()));
        json().header("If-Match", before).body(Map.of("heldOn", today().toString(), "participants", "申请人李某"))
                .post(DISPUTES + "/" + id + "/meetings").then().statusCode(412);
        step(id, "meetings", Map.of("heldOn", today().minusDays(3).toString(), "place", "龙溪街道调解室",
                "participants", "申请人李某，被申请机关副局长王某，调解员张某", "notes", "双方同意签订调解协议"));

        Map<String, Object> resolution = Map.of("resolution", "MEDIATION_AGREEMENT", "resolvedOn",
                today().toString(), "summary", "双方达成调解协议，原告撤回起诉");
        json().header("If-Match", etag(id)).body(resolution).post(DISPUTES + "/" + id + "/resolve").then()
                .statusCode(422).body("errors[0].field", equalTo("resolution"))
                .body("detail", containsString("AGREEMENT"));
        attachAgreement(id);
        step(id, "resolve", resolution);
        given().get(DISPUTES + "/" + id).then().body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("MEDIATION_AGREEMENT")).body("closedOn", equalTo(today().toString()))
                .body("timeLimitStatus", equalTo("KEPT")).body("meetings", hasSize(1))
                .body("mediatingBody.code", equalTo(mediator)).body("caseCoordinated", equalTo(true));
        given().get("/api/cases/" + caseId + "/outcome").then().body("coordinated", equalTo(true));
        // The court's later report of the outcome keeps what the centre did.
        Fixtures.outcome(caseId, "WITHDRAWN", today().toString());
        given().get("/api/cases/" + caseId + "/outcome").then().body("coordinated", equalTo(true));

        json().header("If-Match", etag(id)).body(good).put(DISPUTES + "/" + id).then().statusCode(409);
        step409(id, "return", Map.of("returnedOn", today().toString(), "reason", "未能达成一致"));
        given().contentType("application/pdf").body(PDF).queryParam("ownerType", "DISPUTE").queryParam("ownerId", id)
                .queryParam("kind", "OTHER").queryParam("fileName", "补充.pdf").post("/api/documents").then()
                .statusCode(409);
    }

    private static void step409(long id, String action, Map<String, Object> body) {
        json().header("If-Match", etag(id)).body(body).post(DISPUTES + "/" + id + "/" + action).then()
                .statusCode(409);
    }

    @Test
    void theTimeLimitIsKeptOrOverdueOnShanghaiDates() {
        String agency = Fixtures.agency("SUBDISTRICT");
        LocalDate today = today();
        long dueToday = create(dispute("ENTRUSTED_BEFORE_FILING", agency, null, today.minusDays(30), today));
        long pastDue = create(dispute("ENTRUSTED_BEFORE_FILING", agency, null, today.minusDays(30),
                today.minusDays(1)));
        long direct = create(dispute("DIRECT", agency, null, today.minusDays(5), null));
        given().get(DISPUTES + "/" + dueToday).then().body("timeLimitStatus", equalTo("RUNNING"));
        given().get(DISPUTES + "/" + pastDue).then().body("timeLimitStatus", equalTo("OVERDUE"));
        given().get(DISPUTES + "/" + direct).then().body("timeLimitStatus", equalTo("NONE"))
                .body("court", nullValue());
        given().get(DISPUTES + "?overdue=true&size=100&agencyCode=" + agency).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) pastDue));

        step(pastDue, "return", Map.of("returnedOn", today.toString(), "reason", "当事人拒绝调解，退回法院"));
        given().get(DISPUTES + "/" + pastDue).then().body("status", equalTo("RETURNED"))
                .body("timeLimitStatus", equalTo("OVERDUE"));
        step(dueToday, "start", Map.of("mediatingBodyCode", "CENTRE", "startedOn", today.minusDays(29).toString()));
        step(dueToday, "resolve", Map.of("resolution", "WITHDRAWAL", "resolvedOn", today.toString(),
                "summary", "申请人撤回申请"));
        given().get(DISPUTES + "/" + dueToday).then().body("timeLimitStatus", equalTo("KEPT"));
        json().header("If-Match", etag(direct)).body(Map.of("mediatingBodyCode", "CENTRE", "startedOn",
                today.plusDays(1).toString())).post(DISPUTES + "/" + direct + "/start").then().statusCode(422);
    }

    @Test
    void theCentresFiguresAreComputedFromItsDisputes() {
        String agency = Fixtures.agency("DEPARTMENT");
        String mediator = body("PROFESSIONAL");
        LocalDate jan = LocalDate.of(2005, 1, 10);
        long a = create(dispute("ENTRUSTED_BEFORE_FILING", agency, null, jan, LocalDate.of(2005, 2, 28)));
        long b = create(dispute("ENTRUSTED_BEFORE_FILING", agency, null, jan.plusDays(5), LocalDate.of(2005, 2, 1)));
        long c = create(dispute("DIRECT", agency, null, LocalDate.of(2005, 4, 2), null));
        create(dispute("DIRECT", agency, null, LocalDate.of(2005, 5, 2), null));
        step(a, "start", Map.of("mediatingBodyCode", mediator, "startedOn", "2005-01-11"));
        step(a, "resolve", Map.of("resolution", "WITHDRAWAL", "resolvedOn", "2005-02-20", "summary", "撤回"));
        step(b, "start", Map.of("mediatingBodyCode", mediator, "startedOn", "2005-01-16"));
        attachAgreement(b);
        step(b, "resolve", Map.of("resolution", "SETTLEMENT", "resolvedOn", "2005-03-01", "summary", "和解"));
        step(c, "return", Map.of("returnedOn", "2005-04-20", "reason", "不属于协调范围"));

        // The agency's own view counts its own disputes only.
        String token = Fixtures.agencyToken(agency);
        JsonPath year = Api.as(token).get("/api/coordination/figures?year=2005").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(4, year.getInt("received"));
        assertEquals(2, year.getInt("resolved"));
        assertEquals(1, year.getInt("returned"));
        assertEquals(2.0 / 3, year.getDouble("resolutionRate"), 1e-6);
        assertEquals(1, year.getInt("withdrawals"));
        assertEquals(1, year.getInt("settlements"));
        assertEquals(2, year.getInt("timeLimits"));
        assertEquals(1, year.getInt("overdue"));
        assertEquals(List.of(agency), year.getList("byAgency.code"));
        assertEquals(List.of(mediator), year.getList("byMediatingBody.code"));
        assertEquals(2, year.getInt("byMediatingBody[0].resolved"));
        JsonPath q1 = Api.as(token).get("/api/coordination/figures?year=2005&quarter=1").then().extract().jsonPath();
        JsonPath q2 = Api.as(token).get("/api/coordination/figures?year=2005&quarter=2").then().extract().jsonPath();
        assertEquals(4, q1.getInt("received") + q2.getInt("received"));
        assertEquals(2, q1.getInt("resolved"));
        assertEquals(1.0, q1.getDouble("resolutionRate"), 1e-9);
        assertEquals(0, q2.getInt("resolved"));
        assertEquals(0.0, q2.getDouble("resolutionRate"), 1e-9);

        JsonPath all = given().get("/api/coordination/figures?year=2005").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(all.getInt("received") >= 4);
        String csv = given().accept("text/csv").get("/api/coordination/figures?year=2005").then().statusCode(200)
                .header("Content-Disposition", containsString(".csv")).extract().asString();
        assertTrue(csv.contains("化解成功率") && csv.contains("测试调解委员会" + mediator), csv);
        given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/coordination/figures?year=2005&quarter=1").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"));
        given().get("/api/coordination/figures?year=2005&quarter=5").then().statusCode(400);
    }

    @Test
    void anAgencySeesTheDisputesAboutItsActsAndChangesNone() {
        String mine = Fixtures.agency("DEPARTMENT");
        String theirs = Fixtures.agency("DEPARTMENT");
        long own = create(dispute("DIRECT", mine, null, today(), null));
        long other = create(dispute("DIRECT", theirs, null, today(), null));
        String token = Fixtures.agencyToken(mine);
        Api.as(token).get(DISPUTES + "?size=100").then().statusCode(200).body("items.id", hasItem((int) own))
                .body("items.id", not(hasItem((int) other)));
        Api.as(token).get(DISPUTES + "/" + other).then().statusCode(404);
        Api.as(token).get(DISPUTES + "/" + own).then().statusCode(200);
        Api.as(token).contentType(ContentType.JSON).body(Map.of("mediatingBodyCode", "CENTRE", "startedOn",
                today().toString())).post(DISPUTES + "/" + own + "/start").then().statusCode(403);
        Api.as(token).contentType(ContentType.JSON).body(dispute("DIRECT", mine, null, today(), null)).post(DISPUTES)
                .then().statusCode(403);
        Api.as(token).get("/api/coordination/bodies").then().statusCode(200).body("code", hasItem("CENTRE"));

        String inactive = body("SUBDISTRICT");
        var bodyPath = "/api/coordination/bodies/" + inactive;
        String name = given().get("/api/coordination/bodies?all=true").then().extract().jsonPath()
                .getString("find { it.code == '" + inactive + "' }.name");
        json().body(Map.of("code", inactive, "name", name, "kind", "SUBDISTRICT", "active", false)).header("If-Match", "*").put(bodyPath)
                .then().statusCode(200).body("active", equalTo(false));
        given().get("/api/coordination/bodies").then().body("code", not(hasItem(inactive)));
        json().header("If-Match", etag(own)).body(Map.of("mediatingBodyCode", inactive, "startedOn",
                today().toString())).post(DISPUTES + "/" + own + "/start").then().statusCode(422);
    }
}
