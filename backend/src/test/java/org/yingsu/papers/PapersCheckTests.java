package org.yingsu.papers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.common.time.Shanghai;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/** The papers check through the HTTP API: what it lists, until when, for whom, and the flag it raises. */
@QuarkusTest
class PapersCheckTests {


    private static LocalDate today() {
        return LocalDate.now(Shanghai.ZONE);
    }

    /**
     * A hearing held at 00:30 in Shanghai {@code daysAgo} days before today: in UTC it is still the day before, so an
     * age counted in UTC would be one day more.
     */
    private static long heldDaysAgo(long caseId, int daysAgo) {
        LocalDate day = today().minusDays(daysAgo);
        return Fixtures.hearing(caseId, OffsetDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 0,
                30, 0, 0, ZoneOffset.ofHours(8)).toString(), "HELD");
    }

    private static long pending(long hearingId, String official) {
        return Json.post("/api/appearances", Map.of("hearingId", hearingId, "officialCode", official, "spoke", true,
                "identityStatus", "PENDING")).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath check(Map<String, ?> query) {
        return given().queryParams(query).get("/api/papers-check").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath figures(String agency, int year) {
        return given().queryParam("year", year).queryParam("agencyCode", agency).queryParam("trialLevel", "ALL")
                .get("/api/metrics/compliance").then().statusCode(200).extract().jsonPath()
                .setRootPath("agencies.find { it.agencyCode == '" + agency + "' }");
    }

    @Test
    void aPendingProofIsListedUntilResolvedAndFlaggedOnceOverdueStillCountingAsTheHead() {
        String agency = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2000-01-01", null);
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        // With the default 30 days: 31 days ago is overdue, 30 days ago is not yet.
        long old = heldDaysAgo(caseId, 31);
        long recent = heldDaysAgo(caseId, 30);
        long oldAppearance = pending(old, head);
        long recentAppearance = pending(recent, head);

        JsonPath list = check(Map.of("agencyCode", agency));
        org.junit.jupiter.api.Assertions.assertEquals(2, list.getInt("total"));
        org.junit.jupiter.api.Assertions.assertEquals(30, list.getInt("pendingIdentityDays"));
        given().queryParam("agencyCode", agency).get("/api/papers-check").then()
                .body("items.kind", contains("PENDING_IDENTITY", "PENDING_IDENTITY"))
                .body("items.appearanceId", contains((int) oldAppearance, (int) recentAppearance))
                .body("items.ageDays", contains(31, 30))
                .body("items.overdue", contains(true, false))
                .body("items.hearingDate", contains(today().minusDays(31).toString(),
                        today().minusDays(30).toString()))
                .body("items.caseId", contains((int) caseId, (int) caseId))
                .body("items.officialCode", contains(head, head));
        given().queryParam("agencyCode", agency).queryParam("minAgeDays", 31).get("/api/papers-check").then()
                .body("total", equalTo(1)).body("items[0].appearanceId", equalTo((int) oldAppearance));
        given().queryParam("agencyCode", agency).queryParam("kind", "DELEGATION_NOT_ACCEPTED")
                .get("/api/papers-check").then().body("total", equalTo(0));

        int year = today().minusDays(31).getYear();
        JsonPath f = figures(agency, year);
        org.junit.jupiter.api.Assertions.assertEquals(1, f.getInt("pendingIdentityProofs"));
        org.junit.jupiter.api.Assertions.assertTrue(f.getList("flags").contains("PENDING_IDENTITY"), f.prettify());
        // Meanwhile the pending proof counts as the head's appearance (R1): the duty is met.
        org.junit.jupiter.api.Assertions.assertEquals(f.getInt("casesHeard"), f.getInt("casesHeardWithHead"));

        given().contentType(ContentType.JSON).body(Map.of("spoke", true, "leftEarly", false,
                "identityStatus", "VERIFIED")).header("If-Match", "*").put("/api/appearances/" + oldAppearance).then().statusCode(200);
        given().queryParam("agencyCode", agency).get("/api/papers-check").then().body("total", equalTo(1))
                .body("items[0].appearanceId", equalTo((int) recentAppearance));
        f = figures(agency, year);
        org.junit.jupiter.api.Assertions.assertEquals(0, f.getInt("pendingIdentityProofs"));
        org.junit.jupiter.api.Assertions.assertFalse(f.getList("flags").contains("PENDING_IDENTITY"), f.prettify());

        given().contentType(ContentType.JSON).body(Map.of("spoke", true, "leftEarly", false,
                "identityStatus", "REJECTED")).header("If-Match", "*").put("/api/appearances/" + recentAppearance).then().statusCode(200);
        given().queryParam("agencyCode", agency).get("/api/papers-check").then().body("total", equalTo(0))
                .body("items", empty());
    }

    /** A case pushed by the court with two held hearings, each with a delegation of the agency. */
    private static void pushDelegations(String agency, String staff, String caseNumber) {
        Map<String, Object> plain = Map.of("agencyCode", agency, "reasonCategory", "NON_DELEGABLE_DUTY",
                "reason", "局长当日须出席全区安全生产紧急会议", "delegateOfficialCode", staff, "filedOn", "2022-02-25",
                "status", "SUBMITTED");
        Map<String, Object> refused = new HashMap<>(plain);
        refused.put("filedOn", "2022-04-20");
        refused.put("courtFinding", "NOT_ACCEPTED");
        Map<String, Object> document = Map.of("court", "重庆市渝北区人民法院", "caseNumber", caseNumber,
                "trialLevel", "FIRST_INSTANCE", "filedOn", "2022-01-05", "causeOfAction", "行政处罚",
                "plaintiffs", List.of("李某"), "defendants", List.of(agency), "mandatoryCategories", List.of(),
                "hearings", List.of(
                        Map.of("scheduledAt", "2022-03-01T09:30:00+08:00", "status", "HELD",
                                "delegations", List.of(plain)),
                        Map.of("scheduledAt", "2022-04-26T09:30:00+08:00", "status", "HELD",
                                "delegations", List.of(refused)),
                        Map.of("scheduledAt", "2099-04-26T09:30:00+08:00", "status", "SCHEDULED",
                                "delegations", List.of(Map.of("agencyCode", agency, "reasonCategory", "ACCIDENT",
                                        "reason", "局长因交通事故受伤住院，无法出庭", "delegateOfficialCode", staff,
                                        "filedOn", "2022-04-27", "status", "SUBMITTED")))));
        given().contentType(ContentType.JSON).body(List.of(document)).post("/api/intake/cases").then()
                .statusCode(200);
    }

    private static long delegationOn(String agency, String filedOn) {
        return given().queryParam("agencyCode", agency).get("/api/delegations").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.filedOn == '" + filedOn + "' }.id");
    }

    @Test
    void delegationsWithoutPapersOrNotAcceptedByTheCourtAreListedUntilResolved() {
        String agency = Fixtures.agency("DEPARTMENT");
        String staff = Fixtures.official(agency, "STAFF", "2000-01-01", null);
        String caseNumber = Fixtures.unique("（2022）渝0112行初");
        pushDelegations(agency, staff, caseNumber);
        long plain = delegationOn(agency, "2022-02-25");
        long refused = delegationOn(agency, "2022-04-20");

        // The future hearing's delegation waits for its hearing; the two held ones lack papers, one was refused.
        given().queryParam("agencyCode", agency).get("/api/papers-check").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.kind", contains("DELEGATION_WITHOUT_PAPERS", "DELEGATION_NOT_ACCEPTED",
                        "DELEGATION_WITHOUT_PAPERS"))
                .body("items.delegationId", contains((int) plain, (int) refused, (int) refused))
                .body("items.caseNumber", contains(caseNumber, caseNumber, caseNumber))
                .body("items.officialCode", contains(staff, staff, staff))
                .body("items.courtFinding", contains(null, "NOT_ACCEPTED", "NOT_ACCEPTED"))
                .body("items[0].ageDays", equalTo((int) java.time.temporal.ChronoUnit.DAYS.between(
                        LocalDate.of(2022, 3, 1), today())))
                .body("items.overdue", contains(false, false, false));

        // An identity proof alone is not the delegation's papers; its letter is.
        Fixtures.attach("DELEGATION", plain, "IDENTITY_PROOF");
        given().queryParam("agencyCode", agency).queryParam("kind", "DELEGATION_WITHOUT_PAPERS")
                .get("/api/papers-check").then().body("total", equalTo(2));
        Fixtures.attach("DELEGATION", plain, "DELEGATION_LETTER");
        given().queryParam("agencyCode", agency).queryParam("kind", "DELEGATION_WITHOUT_PAPERS")
                .get("/api/papers-check").then().body("total", equalTo(1))
                .body("items[0].delegationId", equalTo((int) refused));

        // The bureau rejecting the refused delegation settles both of its items.
        Json.post("/api/delegations/" + refused + "/review", Map.of("decision", "REJECTED", "comment",
                "法院未采纳其说明")).statusCode(200);
        given().queryParam("agencyCode", agency).get("/api/papers-check").then().body("total", equalTo(0));
    }

    @Test
    void anAgencySeesItsOwnAgenciesItemsOnlyAndNobodyElseAny() {
        String parent = Fixtures.agency("DEPARTMENT");
        String child = Fixtures.agency("SUBDISTRICT", parent);
        String stranger = Fixtures.agency("DEPARTMENT");
        long parentItem = item(parent);
        long childItem = item(child);
        long strangerItem = item(stranger);

        String own = Fixtures.agencyToken(parent);
        Api.as(own).get("/api/papers-check?size=500").then().statusCode(200)
                .body("items.appearanceId", hasItem((int) parentItem))
                .body("items.appearanceId", hasItem((int) childItem))
                .body("items.appearanceId", not(hasItem((int) strangerItem)))
                .body("items.agencyCode", not(hasItem(stranger)));
        Api.as(own).get("/api/papers-check?agencyCode=" + stranger).then().statusCode(200).body("total", equalTo(0));
        Api.as(Fixtures.agencyToken(stranger)).get("/api/papers-check?agencyCode=" + parent).then()
                .body("total", equalTo(0));
        given().queryParam("agencyCode", stranger).get("/api/papers-check").then().body("total", equalTo(1));
        for (String role : List.of("READER", "COURT")) {
            Api.as(Fixtures.token(role, null)).get("/api/papers-check").then().statusCode(403);
        }
        Api.anonymous().get("/api/papers-check").then().statusCode(401);
    }

    private static long item(String agency) {
        String head = Fixtures.official(agency, "DEPUTY", "2000-01-01", null);
        return pending(heldDaysAgo(Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE"), 3), head);
    }

    @Test
    void badFiltersAreProblemsNotErrors() {
        given().queryParam("kind", "LOST_PAPERS").get("/api/papers-check").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("minAgeDays", -1).get("/api/papers-check").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("size", 0).get("/api/papers-check").then().statusCode(400);
    }
}
