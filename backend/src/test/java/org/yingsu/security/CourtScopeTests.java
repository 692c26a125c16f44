package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;

/**
 * Issue 15 item 6 (BOLA across courts): a COURT token carries its court, pushes and reads that court's cases only,
 * and a refusal tells it nothing about cases another court or the bureau entered.
 */
@QuarkusTest
class CourtScopeTests {

    private static final String OTHER_COURT = "重庆市江北区人民法院";

    private static Map<String, Object> caseDocument(String court, String caseNumber, String agency) {
        return Map.of("court", court, "caseNumber", caseNumber, "trialLevel", "FIRST_INSTANCE",
                "causeOfAction", "行政处罚", "defendants", List.of(agency),
                "hearings", List.of(Map.of("scheduledAt", SecurityFixtures.nextHearingTime(), "status", "HELD")));
    }

    private static Response intake(RequestSpecification caller, Map<String, Object> document) {
        return caller.contentType(ContentType.JSON).body(List.of(document)).post("/api/intake/cases");
    }

    private static long newCase(RequestSpecification caller, String court, String agency) {
        Map<String, Object> body = new HashMap<>(SecurityFixtures.caseBody(List.of(agency)));
        body.put("court", court);
        return caller.contentType(ContentType.JSON).body(body).post("/api/cases").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void aCourtTokenNamesItsCourtAndOnlyACourtTokenDoes() {
        Map<String, Object> body = new HashMap<>(Map.of("name", Fixtures.unique("法院"), "role", "COURT",
                "expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        given().contentType(ContentType.JSON).body(body).post("/api/tokens").then().statusCode(400)
                .body("errors[0].field", equalTo("court"));
        body.put("role", "READER");
        body.put("court", OTHER_COURT);
        given().contentType(ContentType.JSON).body(body).post("/api/tokens").then().statusCode(400)
                .body("errors[0].field", equalTo("court"));
        body.put("role", "COURT");
        long id = given().contentType(ContentType.JSON).body(body).post("/api/tokens").then().statusCode(201)
                .body("token.court", equalTo(OTHER_COURT)).extract().jsonPath().getLong("token.id");
        given().get("/api/tokens/" + id).then().statusCode(200).body("court", equalTo(OTHER_COURT));
    }

    @Test
    void anotherCourtsCaseCannotBeReadOrWrittenAndItsExistenceIsNotRevealed() {
        String agency = Fixtures.agency("DEPARTMENT");
        String ours = SecurityFixtures.courtToken(SecurityFixtures.COURT).secret();
        String theirs = SecurityFixtures.courtToken(OTHER_COURT).secret();
        long theirCase = newCase(Api.as(theirs), OTHER_COURT, agency);
        String theirNumber = Api.as(theirs).get("/api/cases/" + theirCase).then().statusCode(200).extract()
                .jsonPath().getString("caseNumber");

        long missing = Long.MAX_VALUE / 2;
        Response unseen = Api.as(ours)
                .get("/api/cases/" + theirCase);
        Response absent = Api.as(ours)
                .get("/api/cases/" + missing);
        assertEquals(404, unseen.statusCode());
        assertEquals(absent.jsonPath().getString("type"), unseen.jsonPath().getString("type"));
        Api.as(ours).queryParam("q", theirNumber)
                .get("/api/cases").then().statusCode(200).body("total", equalTo(0));
        int onTheirs = Api.as(ours)
                .contentType(ContentType.JSON).body(SecurityFixtures.hearingBody(theirCase, "HELD"))
                .post("/api/hearings").statusCode();
        int onNone = Api.as(ours)
                .contentType(ContentType.JSON).body(SecurityFixtures.hearingBody(missing, "HELD"))
                .post("/api/hearings").statusCode();
        assertEquals(onNone, onTheirs, "a hearing for another court's case is refused as for no case at all");

        // Pushing under the other court's name is refused from the document alone: an existing case number and a
        // new one get the same answer.
        Response existing = intake(Api.as(ours), caseDocument(OTHER_COURT, theirNumber, agency));
        Response madeUp = intake(Api.as(ours),
                caseDocument(OTHER_COURT, Fixtures.unique("（2022）渝0105行初"), agency));
        existing.then().statusCode(403).contentType("application/problem+json");
        assertEquals(existing.jsonPath().getString("detail"), madeUp.jsonPath().getString("detail"));
        Map<String, Object> single = new HashMap<>(SecurityFixtures.caseBody(List.of(agency)));
        single.put("court", OTHER_COURT);
        Api.as(ours).contentType(ContentType.JSON)
                .body(single).post("/api/cases").then().statusCode(403).contentType("application/problem+json");

        Api.as(theirs).get("/api/cases/" + theirCase).then().statusCode(200).body("causeOfAction",
                org.hamcrest.Matchers.nullValue());
        given().queryParam("caseId", theirCase).get("/api/hearings").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCourtDoesNotOverwriteACaseTheBureauEnteredForIt() {
        String agency = Fixtures.agency("DEPARTMENT");
        long bureauCase = newCase(given(), SecurityFixtures.COURT, agency);
        String number = given().get("/api/cases/" + bureauCase).then().extract().jsonPath().getString("caseNumber");
        String ours = SecurityFixtures.courtToken(SecurityFixtures.COURT).secret();

        intake(Api.as(ours), caseDocument(SecurityFixtures.COURT, number, agency)).then().statusCode(409)
                .contentType("application/problem+json");
        given().queryParam("caseId", bureauCase).get("/api/hearings").then().statusCode(200).body("total", equalTo(0));
        Api.as(ours).get("/api/cases/" + bureauCase).then()
                .statusCode(404);

        intake(Api.as(ours),
                caseDocument(SecurityFixtures.COURT, Fixtures.unique("（2022）渝0112行初"), agency)).then()
                .statusCode(200).body("cases[0].status", equalTo("created"));
    }
}
