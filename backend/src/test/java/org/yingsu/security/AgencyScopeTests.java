package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;

/** R9: an agency sees its own records and those of the agencies under it, and nothing else, whatever it asks. */
@QuarkusTest
class AgencyScopeTests {

    private static String agencyUnder(String parent) {
        String code = Fixtures.unique("AG");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "镇街" + code, "kind", "SUBDISTRICT",
                "parentCode", parent)).post("/api/agencies").then().statusCode(201);
        return code;
    }

    private static long caseAgainst(String... defendants) {
        return given().contentType(ContentType.JSON).body(SecurityFixtures.caseBody(List.of(defendants)))
                .post("/api/cases").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long created(RequestSpecification request, String path, Object body) {
        return request.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void r9AnAgencySeesItsOwnAndItsSubAgenciesCasesOnly() {
        String government = Fixtures.agency("DISTRICT_GOVERNMENT");
        String town = agencyUnder(government);
        String stranger = Fixtures.agency("DEPARTMENT");
        long townCase = caseAgainst(town);
        long strangerCase = caseAgainst(stranger);
        long governmentCase = caseAgainst(government, stranger);
        String governmentToken = SecurityFixtures.token("AGENCY", government).secret();
        String townToken = SecurityFixtures.token("AGENCY", town).secret();

        Api.as(governmentToken).get("/api/auth/me").then()
                .body("visibleAgencyCodes", containsInAnyOrder(government, town)).body("agencyCode", equalTo(government));
        Api.as(governmentToken).queryParam("size", 500).get("/api/cases").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) townCase, (int) governmentCase));
        Api.as(governmentToken).get("/api/cases/" + strangerCase).then().statusCode(404);
        Api.as(townToken).queryParam("size", 500).get("/api/cases").then().body("items.id", contains((int) townCase));
        Api.as(townToken).get("/api/cases/" + governmentCase).then().statusCode(404);
        Api.as(townToken).get("/api/agencies/" + government).then().statusCode(404);
        Api.as(townToken).queryParam("size", 500).get("/api/agencies").then().body("items.code", contains(town));
    }

    @Test
    void r9ACoDefendantsNoticesAppearancesAndDelegationsStayHidden() {
        String mine = Fixtures.agency("DEPARTMENT");
        String theirs = Fixtures.agency("DEPARTMENT");
        String myHead = Fixtures.official(mine, "PRINCIPAL", "2020-01-01", null);
        String theirHead = Fixtures.official(theirs, "PRINCIPAL", "2020-01-01", null);
        String theirStaff = Fixtures.official(theirs, "STAFF", "2020-01-01", null);
        long caseId = caseAgainst(mine, theirs);
        long held = Fixtures.hearing(caseId, SecurityFixtures.nextHearingTime(), "HELD");
        long scheduled = Fixtures.hearing(caseId, SecurityFixtures.nextHearingTime(), "SCHEDULED");
        long myNotice = created(given(), "/api/notices", SecurityFixtures.noticeBody(held, mine));
        long theirNotice = created(given(), "/api/notices", SecurityFixtures.noticeBody(held, theirs));
        long myAppearance = created(given(), "/api/appearances", SecurityFixtures.appearanceBody(held, myHead));
        long theirAppearance = created(given(), "/api/appearances", SecurityFixtures.appearanceBody(held, theirHead));
        long theirDelegation = created(given(), "/api/delegations",
                SecurityFixtures.delegationBody(scheduled, theirs, theirStaff));
        String token = SecurityFixtures.token("AGENCY", mine).secret();

        var file = Api.as(token).get("/api/cases/" + caseId + "/file").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(myNotice), file.getList("hearings.notices.flatten().id", Long.class));
        assertEquals(List.of(myAppearance), file.getList("hearings.appearances.flatten().id", Long.class));
        assertEquals(List.of(), file.getList("hearings.delegations.flatten().id", Long.class));
        Api.as(token).queryParam("caseId", caseId).get("/api/notices").then().body("items.id", contains((int) myNotice));
        Api.as(token).get("/api/notices/" + theirNotice).then().statusCode(404);
        Api.as(token).get("/api/appearances/" + theirAppearance).then().statusCode(404);
        Api.as(token).get("/api/delegations/" + theirDelegation).then().statusCode(404);
        Api.as(token).queryParam("caseId", caseId).get("/api/delegations").then().body("items", empty());
        Api.as(token).contentType(ContentType.JSON).body(Map.of("spoke", false, "leftEarly", false,
                "identityStatus", "REJECTED")).header("If-Match", "*").put("/api/appearances/" + theirAppearance).then().statusCode(404);
        Api.as(token).delete("/api/delegations/" + theirDelegation).then().statusCode(404);
        given().get("/api/delegations/" + theirDelegation).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void r9AnAgencyCannotFileForAnotherAndLearnsNothingTrying() {
        String mine = Fixtures.agency("DEPARTMENT");
        String theirs = Fixtures.agency("DEPARTMENT");
        String theirStaff = Fixtures.official(theirs, "STAFF", "2020-01-01", null);
        String theirHead = Fixtures.official(theirs, "PRINCIPAL", "2020-01-01", null);
        long caseId = caseAgainst(mine, theirs);
        long scheduled = Fixtures.hearing(caseId, SecurityFixtures.nextHearingTime(), "SCHEDULED");
        long held = Fixtures.hearing(caseId, SecurityFixtures.nextHearingTime(), "HELD");
        RequestSpecification asMine = Api.as(SecurityFixtures.token("AGENCY", mine).secret());

        String forThem = asMine.contentType(ContentType.JSON)
                .body(SecurityFixtures.delegationBody(scheduled, theirs, theirStaff)).post("/api/delegations").then()
                .statusCode(422).body("errors[0].field", equalTo("agencyCode")).extract().jsonPath().getString("detail");
        String forNobody = Api.as(SecurityFixtures.token("AGENCY", mine).secret()).contentType(ContentType.JSON)
                .body(SecurityFixtures.delegationBody(scheduled, "NO-SUCH-AGENCY", theirStaff))
                .post("/api/delegations").then().statusCode(422).extract().jsonPath().getString("detail");
        assertEquals(forNobody.replace("NO-SUCH-AGENCY", theirs), forThem,
                "another agency's code gets the same answer as a code that does not exist");
        Api.as(SecurityFixtures.token("AGENCY", mine).secret()).contentType(ContentType.JSON)
                .body(SecurityFixtures.appearanceBody(held, theirHead)).post("/api/appearances").then()
                .statusCode(422).body("errors[0].field", equalTo("officialCode"));
        given().queryParam("caseId", caseId).get("/api/appearances").then().body("total", equalTo(0));
    }

    @Test
    void theCourtReadsBackWhatTheCourtSidePushedAndKeepsToItsOwnAccount() {
        String agency = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        long bureauCase = caseAgainst(agency);
        String court = SecurityFixtures.token("COURT", null).secret();
        long courtCase = created(Api.as(court), "/api/cases", SecurityFixtures.caseBody(List.of(agency)));
        Api.as(court).get("/api/cases/" + bureauCase).then().statusCode(404);
        Api.as(court).get("/api/cases/" + courtCase).then().statusCode(200);
        Api.as(SecurityFixtures.token("COURT", null).secret()).get("/api/cases/" + courtCase).then().statusCode(200);

        long held = created(Api.as(court), "/api/hearings", SecurityFixtures.hearingBody(courtCase, "HELD"));
        long byCourt = Api.as(court).contentType(ContentType.JSON).body(SecurityFixtures.appearanceBody(held, head))
                .post("/api/appearances").then().statusCode(201).body("source", equalTo("COURT")).extract().jsonPath()
                .getLong("id");
        RequestSpecification asAgency = Api.as(SecurityFixtures.token("AGENCY", agency).secret());
        long byAgency = asAgency.contentType(ContentType.JSON).body(SecurityFixtures.appearanceBody(held, head))
                .post("/api/appearances").then().statusCode(201).body("source", equalTo("AGENCY")).extract()
                .jsonPath().getLong("id");
        Map<String, Object> silent = Map.of("spoke", false, "leftEarly", false, "identityStatus", "VERIFIED");
        Api.as(SecurityFixtures.token("AGENCY", agency).secret()).contentType(ContentType.JSON).body(silent)
                .header("If-Match", "*").put("/api/appearances/" + byCourt).then().statusCode(403).contentType("application/problem+json");
        Api.as(court).contentType(ContentType.JSON).body(silent).header("If-Match", "*").put("/api/appearances/" + byAgency).then()
                .statusCode(403);
        Api.as(court).contentType(ContentType.JSON).body(silent).header("If-Match", "*").put("/api/appearances/" + byCourt).then()
                .statusCode(200).body("spoke", equalTo(false));
        Api.as(court).contentType(ContentType.JSON).body(SecurityFixtures.hearingBody(bureauCase, "SCHEDULED"))
                .post("/api/hearings").then().statusCode(422).body("errors[0].field", equalTo("caseId"));
    }

    @Test
    void r9AnAgencysFiguresCoverOnlyItselfAndItsGroupsSumOnlyThat() {
        String government = Fixtures.agency("DISTRICT_GOVERNMENT");
        String town = agencyUnder(government);
        Fixtures.agency("DEPARTMENT");
        var report = Api.as(SecurityFixtures.token("AGENCY", government).secret()).queryParam("year", 2022)
                .get("/api/metrics/compliance").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(government, town).stream().sorted().toList(),
                report.getList("agencies.agencyCode", String.class).stream().sorted().toList());
        Api.as(SecurityFixtures.token("AGENCY", town).secret()).get("/api/metrics/agencies/" + government + "/years")
                .then().statusCode(404);
        Api.as(SecurityFixtures.token("READER", null).secret()).queryParam("year", 2022)
                .get("/api/metrics/compliance").then().statusCode(200);
    }
}
