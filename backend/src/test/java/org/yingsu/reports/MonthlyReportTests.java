package org.yingsu.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class MonthlyReportTests {

    private static final String COURT = "重庆市渝北区人民法院";

    private static Map<String, Object> courtCase(String number, String agency, String scheduledAt,
            List<Map<String, Object>> appearances) {
        return Map.of("court", COURT, "caseNumber", number, "trialLevel", "FIRST_INSTANCE",
                "defendants", List.of(agency), "hearings", List.of(Map.of("scheduledAt", scheduledAt,
                        "status", "HELD", "appearances", appearances)));
    }

    private static Map<String, Object> figures(int casesHeard, int withHead) {
        return Map.of("noticesReceived", 0, "noticesAttendedByHead", 0, "casesHeard", casesHeard,
                "casesHeardWithHead", withHead, "casesConcluded", 0, "decisionsChanged", 0);
    }

    private static long hearingOf(String caseNumber) {
        long caseId = given().queryParam("q", caseNumber).get("/api/cases").then().extract().jsonPath()
                .getLong("items[0].id");
        return given().queryParam("caseId", caseId).get("/api/hearings").then().extract().jsonPath()
                .getLong("items[0].id");
    }

    private static void agencyRecords(long hearing, String official, boolean spoke) {
        Json.post("/api/appearances", Map.of("hearingId", hearing, "officialCode", official, "spoke", spoke))
                .statusCode(201);
    }

    @Test
    void r10TheReconciliationOfASeededMonthShowsExactlyThePlantedDifferences() {
        String agency = Fixtures.agency("DEPARTMENT");
        String silent = Fixtures.agency("SUBDISTRICT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        String deputy = Fixtures.official(agency, "DEPUTY", "2020-01-01", null);
        String staff = Fixtures.official(agency, "STAFF", "2020-01-01", null);
        String first = Fixtures.unique("（2023）渝0112行初");
        String second = Fixtures.unique("（2023）渝0112行初");
        String third = Fixtures.unique("（2023）渝0112行初");
        // The court reports: the head did not speak in the first case, staff only in the second, the head in the third.
        Json.post("/api/intake/cases", List.of(
                        courtCase(first, agency, "2023-03-10T09:30:00+08:00",
                                List.of(Map.of("agencyCode", agency, "officialCode", head, "spoke", false))),
                        courtCase(second, agency, "2023-03-15T09:30:00+08:00",
                                List.of(Map.of("agencyCode", agency, "officialCode", staff, "spoke", true))),
                        courtCase(third, agency, "2023-03-31T15:00:00+08:00",
                                List.of(Map.of("agencyCode", agency, "officialCode", head, "spoke", true)))))
                .statusCode(200);
        // The agency recorded: the head spoke in the first, the deputy in the second, the head in the third.
        agencyRecords(hearingOf(first), head, true);
        agencyRecords(hearingOf(second), deputy, true);
        agencyRecords(hearingOf(third), head, true);

        given().queryParam("agencyCode", agency).queryParam("year", 2023).queryParam("month", 3)
                .get("/api/monthly-reports/draft").then().statusCode(200)
                .body("figures.casesHeard", equalTo(3)).body("figures.casesHeardWithHead", equalTo(2))
                .body("latestRevision", nullValue());
        Json.post("/api/monthly-reports", Map.of("agencyCode", agency, "year", 2023, "month", 3,
                "figures", figures(3, 3))).statusCode(400).body("errors[0].field", equalTo("comment"));
        Json.post("/api/monthly-reports", Map.of("agencyCode", agency, "year", 2023, "month", 3,
                        "figures", figures(3, 3), "comment", "副局长出庭，法院未记录"))
                .statusCode(201).body("revision", equalTo(1));

        JsonPath reconciliation = given().queryParam("year", 2023).queryParam("month", 3)
                .get("/api/monthly-reports/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThatList(reconciliation.getList("notReported.agencyCode"), silent, agency);

        given().queryParam("year", 2023).queryParam("month", 3).queryParam("agencyCode", agency)
                .get("/api/monthly-reports/reconciliation").then().statusCode(200)
                .body("notReported", empty())
                .body("agencies.agencyCode", contains(agency))
                .body("agencies[0].differences.figure", contains("casesHeardWithHead"))
                .body("agencies[0].differences[0].declared", equalTo(3))
                .body("agencies[0].differences[0].system", equalTo(2))
                .body("cases.caseNumber", contains(first, second, second))
                .body("cases.disagreement", contains("DIFFERENT_DETAILS", "AGENCY_ONLY", "COURT_ONLY"))
                .body("cases.officialCode", contains(head, deputy, staff))
                .body("cases[0].agencyRecord.spoke", equalTo(true))
                .body("cases[0].courtRecord.spoke", equalTo(false));
    }

    @Test
    void aSubmittedReportNeverChangesAndACorrectionIsANewRevision() {
        String agency = Fixtures.agency("DEPARTMENT");
        Map<String, Object> body = new HashMap<>(Map.of("agencyCode", agency, "year", 2023, "month", 1,
                "figures", figures(0, 0)));
        long firstId = Json.post("/api/monthly-reports", body).statusCode(201).body("revision", equalTo(1))
                .extract().jsonPath().getLong("id");
        body.put("figures", figures(1, 1));
        body.put("comment", "补报一件一审案件");
        Json.post("/api/monthly-reports", body).statusCode(201).body("revision", equalTo(2));
        given().get("/api/monthly-reports/" + firstId).then().body("figures.casesHeard", equalTo(0));
        given().queryParam("agencyCode", agency).get("/api/monthly-reports").then()
                .body("revision", contains(2, 1));
        given().put("/api/monthly-reports/" + firstId).then().statusCode(405);
        given().delete("/api/monthly-reports/" + firstId).then().statusCode(405);
    }

    @Test
    void inconsistentFiguresAndFutureMonthsAreRefused() {
        String agency = Fixtures.agency("DEPARTMENT");
        Json.post("/api/monthly-reports", Map.of("agencyCode", agency, "year", 2023, "month", 2,
                        "figures", figures(1, 2), "comment", "x"))
                .statusCode(400).body("errors[0].field", equalTo("figures.casesHeardWithHead"));
        Json.post("/api/monthly-reports", Map.of("agencyCode", agency, "year", 2100, "month", 12,
                "figures", figures(0, 0))).statusCode(400).body("errors[0].field", equalTo("month"));
        given().queryParam("agencyCode", agency).get("/api/monthly-reports").then().body("$", empty());
    }

    private static void assertThatList(List<String> notReported, String missing, String reported) {
        org.hamcrest.MatcherAssert.assertThat(notReported, hasItem(missing));
        org.hamcrest.MatcherAssert.assertThat(notReported, not(hasItem(reported)));
    }
}
