package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.MetricsSeed.Agency;
import org.yingsu.testing.Json;

/**
 * The scenarios of issue 14 as a bureau meets them, each named after the rule it corrects (docs/domain.md §4 "the duty",
 * 法释〔2020〕3号 arts. 3, 7, 9): for each, the figures, the absence list, the interview, the assessment and the
 * quarter's bulletin preview, read through the HTTP API, must all count the same duties.
 */
@QuarkusTest
class DutyScenarioTests {

    @Inject
    AgroalDataSource dataSource;

    MetricsSeed seed;

    @BeforeEach
    void seed() {
        seed = new MetricsSeed(dataSource);
    }

    /** What every consumer says of one agency and one quarter, and of its year. */
    record Sanctions(int casesHeard, int withHead, int unjustified, int absencesListed, int interviews,
            int assessed, int namedInBulletin) {
    }

    private static JsonPath figures(Agency agency, Map<String, ?> params) {
        return given().queryParam("agencyCode", agency.code()).queryParams(params)
                .get("/api/metrics/compliance").then().statusCode(200)
                .body("agencies[0].agencyCode", equalTo(agency.code()))
                .extract().jsonPath().setRootPath("agencies[0]");
    }

    private static Sanctions quarter(Agency agency, int year, int quarter) {
        Map<String, Object> period = Map.of("year", year, "quarter", quarter);
        JsonPath f = figures(agency, period);
        int listed = given().queryParam("agencyCode", agency.code()).queryParams(period)
                .get("/api/metrics/absences").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.absenceClass == 'UNJUSTIFIED' }").size();
        Json.post("/api/interviews/refresh", Map.of("year", year, "quarter", quarter)).statusCode(200);
        int interviews = given().queryParam("agencyCode", agency.code()).queryParams(period)
                .queryParam("status", "OPEN").get("/api/interviews").then().statusCode(200).extract()
                .jsonPath().getInt("total");
        int assessed = given().queryParam("year", year).queryParam("agencyCode", agency.code())
                .get("/api/assessment").then().statusCode(200).extract().jsonPath()
                .getInt("agencies[0].unjustifiedAbsences");
        int named = given().queryParams(period).get("/api/bulletins/preview").then().statusCode(200).extract()
                .jsonPath().getList("content.unjustifiedAbsences.findAll { it.agencyCode == '" + agency.code()
                        + "' }").size();
        return new Sanctions(f.getInt("casesHeard"), f.getInt("casesHeardWithHead"), f.getInt("unjustifiedAbsences"),
                listed, interviews, assessed, named);
    }

    private static Map<String, Object> month(int year, int month) {
        Map<String, Object> m = new HashMap<>();
        m.put("year", year);
        m.put("month", month);
        return m;
    }

    @Test
    void r1Art7AHeadWhoAppearedInDecemberDischargesTheCaseForItsJanuaryHearing() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long c = seed.caseOf(agency);
        seed.appeared(seed.held(c, "2022-12-15T09:30:00+08:00"), agency, head);
        seed.held(c, "2023-01-10T09:30:00+08:00");

        assertEquals(new Sanctions(1, 1, 0, 0, 0, 0, 0), quarter(agency, 2022, 4));
        // January: no new duty — not a 0% agency, no interview, no deduction, not named.
        JsonPath january = figures(agency, month(2023, 1));
        assertEquals(0, january.getInt("casesHeard"));
        // Only the per-hearing fact remains: nobody at all stood for the agency at the January hearing (art. 12).
        assertEquals(List.of("NO_ONE_APPEARED"), january.getList("flags"));
        assertEquals(new Sanctions(0, 0, 0, 0, 0, 0, 0), quarter(agency, 2023, 1));
    }

    @Test
    void r1Art7AHeadWhoAppearedOnlyAtALaterHearingMeetsTheDutyOfTheFirst() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "DEPUTY", "2020-01-01", null);
        long c = seed.caseOf(agency);
        seed.held(c, "2022-03-01T09:30:00+08:00");
        seed.appeared(seed.held(c, "2022-05-10T09:30:00+08:00"), agency, head);

        assertEquals(new Sanctions(1, 1, 0, 0, 0, 0, 0), quarter(agency, 2022, 1));
        assertEquals(0, figures(agency, Map.of("year", 2022, "quarter", 2)).getInt("casesHeard"));
    }

    @Test
    void r1Art7ARenewedNoticeAfterTheHeadAppearedIsADutyOfItsOwnPeriod() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long c = seed.caseOf(agency);
        seed.appeared(seed.held(c, "2022-02-10T09:30:00+08:00"), agency, head);
        long renewed = seed.held(c, "2022-05-10T09:30:00+08:00");
        seed.notice(renewed, agency, "2022-05-01");

        assertEquals(new Sanctions(1, 1, 0, 0, 0, 1, 0), quarter(agency, 2022, 1));
        assertEquals(new Sanctions(1, 0, 1, 1, 1, 1, 1), quarter(agency, 2022, 2));
        assertEquals(2, figures(agency, Map.of("year", 2022)).getInt("casesHeard"));
    }

    @Test
    void r5QuartersOfTheYearAddUpToTheYearAndEachAbsenceIsDeductedOnce() {
        Agency agency = seed.agency("DEPARTMENT");
        long c = seed.caseOf(agency);
        seed.held(c, "2022-02-10T09:30:00+08:00");
        seed.held(c, "2022-05-10T09:30:00+08:00");
        seed.held(c, "2022-08-10T09:30:00+08:00");

        assertEquals(new Sanctions(1, 0, 1, 1, 1, 1, 1), quarter(agency, 2022, 1));
        assertEquals(new Sanctions(0, 0, 0, 0, 0, 1, 0), quarter(agency, 2022, 2));
        assertEquals(new Sanctions(0, 0, 0, 0, 0, 1, 0), quarter(agency, 2022, 3));
        JsonPath year = figures(agency, Map.of("year", 2022));
        assertEquals(1, year.getInt("unjustifiedAbsences"));
        assertEquals(2, year.getInt("assessmentDeduction"));
    }

    @Test
    void r5Art9AnApprovedDelegationAtTheFirstHearingAndNoneAtTheSecondLeavesTheDutyUnjustifiedInEveryPeriod() {
        Agency agency = seed.agency("DEPARTMENT");
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long c = seed.caseOf(agency);
        seed.delegation(seed.held(c, "2022-03-10T09:30:00+08:00"), agency, staff, "2022-03-01", "APPROVED");
        seed.held(c, "2022-04-10T09:30:00+08:00");

        JsonPath year = figures(agency, Map.of("year", 2022));
        JsonPath march = figures(agency, month(2022, 3));
        JsonPath april = figures(agency, month(2022, 4));
        assertEquals(List.of(1, 0, 1), List.of(year.getInt("unjustifiedAbsences"), year.getInt("justifiedAbsences"),
                march.getInt("unjustifiedAbsences")));
        assertEquals(0, march.getInt("justifiedAbsences"));
        assertEquals(0, april.getInt("casesHeard"));
        assertEquals(new Sanctions(1, 0, 1, 1, 1, 1, 1), quarter(agency, 2022, 1));
    }

    @Test
    void art9ADelegationTheCourtDidNotAcceptCountsAsNotApproved() {
        Agency agency = seed.agency("DEPARTMENT");
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long hearing = seed.held(seed.caseOf(agency), "2022-07-10T09:30:00+08:00");
        seed.delegation(hearing, agency, staff, "2022-07-01", "APPROVED");
        assertEquals(1, figures(agency, Map.of("year", 2022)).getInt("justifiedAbsences"));

        seed.courtFinding(hearing, agency, "NOT_ACCEPTED");
        assertEquals(new Sanctions(1, 0, 1, 1, 1, 1, 1), quarter(agency, 2022, 3));
    }

    @Test
    void art3OnlyTheDesignatedCoDefendantMustAppear() {
        Agency government = seed.agency("DISTRICT_GOVERNMENT");
        Agency department = seed.agency("DEPARTMENT");
        long head = seed.official(department, "PRINCIPAL", "2020-01-01", null);
        long c = seed.caseOf(government, department);
        seed.designate(c, "AGREEMENT", department);
        seed.appeared(seed.held(c, "2022-09-01T09:30:00+08:00"), department, head);

        assertEquals(new Sanctions(1, 1, 0, 0, 0, 0, 0), quarter(department, 2022, 3));
        // The other defendant has no duty: not absent, not interviewed, not deducted, not named …
        assertEquals(new Sanctions(0, 0, 0, 0, 0, 0, 0), quarter(government, 2022, 3));
        // … and still counts in the per-hearing figures: nobody of its own appeared.
        assertEquals(1, figures(government, Map.of("year", 2022)).getInt("noOneAppeared"));
    }

    @Test
    void r1AnEndedPostChangesTheDutiesWhereTheOfficialAppeared() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        seed.appeared(seed.held(seed.caseOf(agency), "2022-06-01T09:30:00+08:00"), agency, head);
        assertEquals(1, figures(agency, Map.of("year", 2022)).getInt("casesHeardWithHead"));

        seed.endPost(head, "2022-05-31");
        assertEquals(0, figures(agency, Map.of("year", 2022)).getInt("casesHeardWithHead"));
    }

    /** docs/domain.md §4, "A worked example": the table there is what the API answers. */
    @Test
    void workedExampleOfTheDomainDocument() {
        Agency agency = seed.agency("DEPARTMENT");
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long lawyer = seed.official(agency, "LAWYER", "2020-01-01", null);
        long deputy = seed.official(agency, "DEPUTY", "2020-01-01", null);
        long c = seed.caseOf(agency);
        long h1 = seed.held(c, "2022-03-15T09:30:00+08:00");
        seed.notice(h1, agency, "2022-03-01");
        seed.delegation(h1, agency, staff, "2022-03-10", "APPROVED");
        seed.appeared(h1, agency, staff);
        seed.appeared(h1, agency, lawyer);
        long h2 = seed.held(c, "2022-05-10T09:30:00+08:00");
        seed.notice(h2, agency, "2022-04-25");
        seed.appeared(h2, agency, deputy);
        long h3 = seed.held(c, "2022-07-20T09:30:00+08:00");
        seed.notice(h3, agency, "2022-07-05");
        seed.appeared(h3, agency, staff);

        // period → casesHeard, casesHeardWithHead, unjustifiedAbsences, assessmentDeduction, notices, attended
        Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        expected.put("month=3", List.of(1, 1, 0, 0, 1, 0));
        expected.put("month=5", List.of(0, 0, 0, 0, 1, 1));
        expected.put("month=7", List.of(1, 0, 1, 2, 1, 0));
        expected.put("quarter=1", List.of(1, 1, 0, 0, 1, 0));
        expected.put("quarter=2", List.of(0, 0, 0, 0, 1, 1));
        expected.put("quarter=3", List.of(1, 0, 1, 2, 1, 0));
        expected.put("quarter=4", List.of(0, 0, 0, 0, 0, 0));
        expected.put("year", List.of(2, 1, 1, 2, 3, 1));
        Map<String, List<Integer>> actual = new java.util.LinkedHashMap<>();
        for (String period : expected.keySet()) {
            Map<String, Object> params = new HashMap<>();
            params.put("year", 2022);
            if (period.contains("=")) {
                params.put(period.substring(0, period.indexOf('=')),
                        Integer.parseInt(period.substring(period.indexOf('=') + 1)));
            }
            JsonPath f = figures(agency, params);
            actual.put(period, List.of(f.getInt("casesHeard"), f.getInt("casesHeardWithHead"),
                    f.getInt("unjustifiedAbsences"), f.getInt("assessmentDeduction"), f.getInt("noticesReceived"),
                    f.getInt("noticesAttendedByHead")));
            assertEquals(0, f.getInt("noOneAppeared"), period);
        }
        assertEquals(expected, actual);
        assertEquals(List.of("BELOW_THRESHOLD", "ZERO_RATE_INTERVIEW", "UNJUSTIFIED_ABSENCE"),
                figures(agency, Map.of("year", 2022, "quarter", 3)).getList("flags"));
    }
}
