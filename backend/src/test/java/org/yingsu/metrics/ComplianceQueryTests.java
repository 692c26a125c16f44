package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.MetricsSeed.Agency;

/**
 * The gathering SQL against real PostgreSQL, through the HTTP API, on the edge cases of docs/domain.md §3 and §4. Each test
 * makes its own agencies and reads only their rows, so the shared database does not disturb it.
 */
@QuarkusTest
class ComplianceQueryTests {

    @Inject
    AgroalDataSource dataSource;

    MetricsSeed seed;

    @BeforeEach
    void seed() {
        seed = new MetricsSeed(dataSource);
    }

    private static JsonPath figures(Agency agency, Map<String, ?> params) {
        return given().queryParam("agencyCode", agency.code()).queryParams(params)
                .get("/api/metrics/compliance").then().statusCode(200)
                .body("agencies.size()", equalTo(1)).body("agencies[0].agencyCode", equalTo(agency.code()))
                .extract().jsonPath().setRootPath("agencies[0]");
    }

    private static JsonPath year(Agency agency, int year) {
        return figures(agency, Map.of("year", year));
    }

    @Test
    void withoutAReportingDatabaseTheFiguresSayTheyComeFromThePrimary() {
        Agency agency = seed.agency("DEPARTMENT");
        given().queryParam("year", 2022).queryParam("agencyCode", agency.code()).get("/api/metrics/compliance")
                .then().statusCode(200).header(DataFreshness.SOURCE_HEADER, "primary")
                .header(DataFreshness.LAG_HEADER, "0.0");
    }

    @Test
    void r8HearingAt2022_12_31T17_00ZBelongsTo2023InShanghai() {
        Agency agency = seed.agency("DEPARTMENT");
        // A head who takes office on 2023-01-01 counts: the hearing's Shanghai date is 2023-01-01.
        long head = seed.official(agency, "PRINCIPAL", "2023-01-01", null);
        long boundary = seed.held(seed.caseOf(agency), "2022-12-31T17:00:00Z");
        seed.appeared(boundary, agency, head);
        seed.notice(boundary, agency, "2022-12-20");
        long lastOf2022 = seed.held(seed.caseOf(agency), "2022-12-31T15:59:59Z");
        seed.notice(lastOf2022, agency, "2022-12-20");

        JsonPath y2022 = year(agency, 2022);
        assertEquals(1, y2022.getInt("casesHeard"));
        assertEquals(0, y2022.getInt("casesHeardWithHead"));
        assertEquals(1, y2022.getInt("noticesReceived"));
        JsonPath y2023 = year(agency, 2023);
        assertEquals(1, y2023.getInt("casesHeard"));
        assertEquals(1, y2023.getInt("casesHeardWithHead"));
        assertEquals(1, y2023.getInt("noticesAttendedByHead"));
        assertEquals(1, figures(agency, Map.of("year", 2023, "month", 1)).getInt("casesHeard"));
        assertEquals(0, figures(agency, Map.of("year", 2022, "quarter", 4)).getInt("casesHeardWithHead"));
        assertEquals(1, figures(agency, Map.of("year", 2022, "quarter", 4)).getInt("casesHeard"));
    }

    @Test
    void r1CoDefendantCaseCountsForBothAgenciesEachOnlyWithItsOwnHeads() {
        Agency department = seed.agency("DEPARTMENT");
        Agency government = seed.agency("DISTRICT_GOVERNMENT");
        long director = seed.official(department, "PRINCIPAL", "2020-01-01", null);
        long governmentStaff = seed.official(government, "STAFF", "2020-01-01", null);
        long hearing = seed.held(seed.caseOf(department, government), "2022-05-10T09:30:00+08:00");
        seed.notice(hearing, department, "2022-04-20");
        seed.notice(hearing, government, "2022-04-20");
        seed.appeared(hearing, department, director);
        seed.appeared(hearing, government, governmentStaff);

        JsonPath d = year(department, 2022);
        assertEquals(1, d.getInt("casesHeard"));
        assertEquals(1, d.getInt("casesHeardWithHead"));
        assertEquals(1.0, d.getDouble("noticeAppearanceRate"));
        JsonPath g = year(government, 2022);
        assertEquals(1, g.getInt("casesHeard"));
        assertEquals(0, g.getInt("casesHeardWithHead"));
        assertEquals(0, g.getInt("noticesAttendedByHead"));
        assertEquals(0.0, g.getDouble("appearanceRate"));
        assertEquals(1, g.getInt("unjustifiedAbsences"));
        assertEquals(0, g.getInt("noOneAppeared"), "the government's staff was there");
    }

    @Test
    void r1SecondInstanceIsExcludedByDefaultAndIncludedOnRequest() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "DEPUTY", "2020-01-01", null);
        seed.held(seed.caseOf("FIRST_INSTANCE", List.of(), agency), "2022-03-01T09:30:00+08:00");
        long appeal = seed.held(seed.caseOf("SECOND_INSTANCE", List.of(), agency), "2022-06-01T09:30:00+08:00");
        seed.appeared(appeal, agency, head);

        JsonPath first = year(agency, 2022);
        assertEquals(1, first.getInt("casesHeard"));
        assertEquals(0, first.getInt("casesHeardWithHead"));
        JsonPath second = figures(agency, Map.of("year", 2022, "trialLevel", "SECOND_INSTANCE"));
        assertEquals(1, second.getInt("casesHeard"));
        assertEquals(1, second.getInt("casesHeardWithHead"));
        JsonPath all = figures(agency, Map.of("year", 2022, "trialLevel", "ALL"));
        assertEquals(2, all.getInt("casesHeard"));
        assertEquals(0.5, all.getDouble("appearanceRate"));
    }

    @Test
    void r1RejectedIdentityProofIsAnAbsenceAndNotAnAppearance() {
        Agency agency = seed.agency("SUBDISTRICT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long lawyer = seed.official(agency, "LAWYER", "2020-01-01", null);
        long hearing = seed.held(seed.caseOf(agency), "2022-07-01T09:30:00+08:00");
        seed.appearance(hearing, agency, head, "AGENCY", true, false, "REJECTED");
        seed.appeared(hearing, agency, lawyer);

        JsonPath f = year(agency, 2022);
        assertEquals(1, f.getInt("casesHeard"));
        assertEquals(0, f.getInt("casesHeardWithHead"));
        assertEquals(1, f.getInt("unjustifiedAbsences"));
        assertEquals(1, f.getInt("noOneAppeared"), "a lawyer and a rejected proof: no one appeared (SPC art. 12)");
        assertEquals(List.of("BELOW_THRESHOLD", "ZERO_RATE_INTERVIEW", "UNJUSTIFIED_ABSENCE", "NO_ONE_APPEARED"),
                f.getList("flags"));
    }

    @Test
    void r1PendingIdentityProofStillCounts() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "OTHER_LEADER", "2020-01-01", null);
        long hearing = seed.held(seed.caseOf(agency), "2022-07-01T09:30:00+08:00");
        seed.appearance(hearing, agency, head, "AGENCY", true, false, "PENDING");
        assertEquals(1, year(agency, 2022).getInt("casesHeardWithHead"));
    }

    @Test
    void r1DeputyWhosePostEndedBeforeTheHearingDoesNotCountNorDoStaffOrLawyers() {
        Agency agency = seed.agency("DEPARTMENT");
        long formerDeputy = seed.official(agency, "DEPUTY", "2019-01-01", "2022-03-31");
        long staff = seed.official(agency, "STAFF", "2019-01-01", null);
        long lawyer = seed.official(agency, "LAWYER", "2019-01-01", null);
        long afterPost = seed.held(seed.caseOf(agency), "2022-04-01T09:30:00+08:00");
        seed.appeared(afterPost, agency, formerDeputy);
        seed.appeared(afterPost, agency, staff);
        seed.appeared(afterPost, agency, lawyer);
        long lastDayOfPost = seed.held(seed.caseOf(agency), "2022-03-31T14:30:00+08:00");
        seed.appeared(lastDayOfPost, agency, formerDeputy);

        JsonPath f = year(agency, 2022);
        assertEquals(2, f.getInt("casesHeard"));
        assertEquals(1, f.getInt("casesHeardWithHead"), "only the hearing on the post's last day counts");
        assertEquals(0, f.getInt("noOneAppeared"));
    }

    @Test
    void r1HeadOfAnotherAgencyNeverCounts() {
        Agency agency = seed.agency("SUBDISTRICT");
        Agency supervisor = seed.agency("DISTRICT_GOVERNMENT");
        long otherHead = seed.official(supervisor, "PRINCIPAL", "2020-01-01", null);
        long hearing = seed.held(seed.caseOf(agency), "2022-08-01T09:30:00+08:00");
        // Recorded under the defendant although the official belongs elsewhere (what R5 refuses at the API).
        seed.appeared(hearing, agency, otherHead);
        JsonPath f = year(agency, 2022);
        assertEquals(0, f.getInt("casesHeardWithHead"));
        assertEquals(1, f.getInt("noOneAppeared"));
    }

    @Test
    void r5DelegationsClassAbsencesAndOneFiledAfterItsHearingIsUnjustified() {
        Agency agency = seed.agency("DEPARTMENT");
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long approvedInTime = seed.held(seed.caseOf(agency), "2022-04-10T09:30:00+08:00");
        seed.delegation(approvedInTime, agency, staff, "2022-04-10", "APPROVED");
        long pending = seed.held(seed.caseOf(agency), "2022-04-11T09:30:00+08:00");
        seed.delegation(pending, agency, staff, "2022-04-08", "SUBMITTED");
        long approvedLate = seed.held(seed.caseOf(agency), "2022-04-12T09:30:00+08:00");
        seed.delegation(approvedLate, agency, staff, "2022-04-13", "APPROVED");
        long submittedLate = seed.held(seed.caseOf(agency), "2022-04-13T09:30:00+08:00");
        seed.delegation(submittedLate, agency, staff, "2022-04-14", "SUBMITTED");
        long rejected = seed.held(seed.caseOf(agency), "2022-04-14T09:30:00+08:00");
        seed.delegation(rejected, agency, staff, "2022-04-01", "REJECTED");
        seed.held(seed.caseOf(agency), "2022-04-15T09:30:00+08:00");
        // The base duty covers every held hearing of the case (docs/domain.md §4): one still awaiting review leaves it pending.
        long twoHearings = seed.caseOf(agency);
        seed.delegation(seed.held(twoHearings, "2022-05-01T09:30:00+08:00"), agency, staff, "2022-04-20",
                "SUBMITTED");
        seed.delegation(seed.held(twoHearings, "2022-06-01T09:30:00+08:00"), agency, staff, "2022-05-20",
                "APPROVED");

        JsonPath f = year(agency, 2022);
        assertEquals(7, f.getInt("casesHeard"));
        assertEquals(0, f.getInt("casesHeardWithHead"));
        assertEquals(1, f.getInt("justifiedAbsences"));
        assertEquals(2, f.getInt("pendingAbsences"));
        assertEquals(4, f.getInt("unjustifiedAbsences"));
        assertEquals(8, f.getInt("assessmentDeduction"));
    }

    @Test
    void r5TheAbsenceListNamesEachCaseHeardWithoutAHeadWithItsClassAndHeldHearings() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long attendedCase = seed.caseOf(agency);
        seed.appeared(seed.held(attendedCase, "2022-03-01T09:30:00+08:00"), agency, head);
        long justifiedCase = seed.caseOf(agency);
        seed.delegation(seed.held(justifiedCase, "2022-03-02T09:30:00+08:00"), agency, staff, "2022-03-01",
                "APPROVED");
        long lateCase = seed.caseOf(agency);
        seed.delegation(seed.held(lateCase, "2022-03-03T09:30:00+08:00"), agency, staff, "2022-03-04", "APPROVED");
        // Two held hearings in the period, one postponed and one of the next year: the duty belongs to 2022 (its
        // first held hearing) and names every held hearing of the case, whose delegations class it (docs/domain.md §4).
        long twoHearings = seed.caseOf(agency);
        long first = seed.held(twoHearings, "2022-05-01T09:30:00+08:00");
        long second = seed.held(twoHearings, "2022-06-01T09:30:00+08:00");
        seed.hearing(twoHearings, "2022-04-01T09:30:00+08:00", "POSTPONED");
        long nextYear = seed.held(twoHearings, "2023-01-05T09:30:00+08:00");

        JsonPath f = year(agency, 2022);
        JsonPath list = given().queryParam("year", 2022).queryParam("agencyCode", agency.code())
                .get("/api/metrics/absences").then().statusCode(200).extract().jsonPath();
        assertEquals(f.getInt("casesHeard") - f.getInt("casesHeardWithHead"), list.getList("$").size());
        assertEquals(List.of(justifiedCase), list.getList("findAll { it.absenceClass == 'JUSTIFIED' }.caseId",
                Long.class));
        assertEquals(f.getInt("justifiedAbsences"), 1);
        assertEquals(f.getInt("unjustifiedAbsences"),
                list.getList("findAll { it.absenceClass == 'UNJUSTIFIED' }").size());
        assertEquals(List.of(first, second, nextYear), list.getList("find { it.caseId == " + twoHearings
                + " }.hearings.hearingId", Long.class));
        // Times as people read them in the district, like every other answer of the API (R8).
        List<String> times = list.getList("hearings.flatten().scheduledAt", String.class);
        assertEquals(list.getList("hearings.flatten()").size(), times.size());
        assertTrue(times.size() >= 3 && times.stream().allMatch(at -> at.endsWith("+08:00")), times.toString());
        assertEquals(agency.code(), list.getString("[0].agencyCode"));
        assertEquals(List.of(), list.getList("findAll { it.caseId == " + attendedCase + " }"));

        given().queryParam("year", 2022).queryParam("agencyCode", agency.code())
                .queryParam("absenceClass", "UNJUSTIFIED").get("/api/metrics/absences").then().statusCode(200)
                .body("caseId", org.hamcrest.Matchers.containsInAnyOrder((int) lateCase, (int) twoHearings));
        given().queryParam("year", 2022).queryParam("absenceClass", "LATE").get("/api/metrics/absences")
                .then().statusCode(400).body("errors[0].field", equalTo("absenceClass"));
    }

    @Test
    void r10WithCourtAndAgencyRecordsOnlyTheCourtsCount() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long agencyClaimsHead = seed.held(seed.caseOf(agency), "2022-09-01T09:30:00+08:00");
        seed.appearance(agencyClaimsHead, agency, head, "AGENCY", true, false, "VERIFIED");
        seed.appearance(agencyClaimsHead, agency, staff, "COURT", true, false, "VERIFIED");
        long courtOnly = seed.held(seed.caseOf(agency), "2022-09-02T09:30:00+08:00");
        seed.appearance(courtOnly, agency, head, "COURT", false, false, "VERIFIED");
        long bothSilentByAgency = seed.held(seed.caseOf(agency), "2022-09-03T09:30:00+08:00");
        seed.appearance(bothSilentByAgency, agency, head, "AGENCY", false, true, "VERIFIED");
        seed.appearance(bothSilentByAgency, agency, head, "COURT", true, false, "VERIFIED");

        JsonPath f = year(agency, 2022);
        assertEquals(3, f.getInt("casesHeard"));
        assertEquals(2, f.getInt("casesHeardWithHead"));
        assertEquals(1, f.getInt("silentAppearances"), "only the court's silent record");
        assertEquals(0, f.getInt("leftEarlyAppearances"), "the agency's left-early record is overridden");
    }

    @Test
    void r6SilentAndLeftEarlyHeadsCountAsAppearancesAndAreCountedPerHearingAndOfficial() {
        Agency agency = seed.agency("DEPARTMENT");
        long principal = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long deputy = seed.official(agency, "DEPUTY", "2020-01-01", null);
        long staff = seed.official(agency, "STAFF", "2020-01-01", null);
        long hearing = seed.held(seed.caseOf(agency), "2022-10-01T09:30:00+08:00");
        seed.appearance(hearing, agency, principal, "AGENCY", false, false, "VERIFIED");
        seed.appearance(hearing, agency, deputy, "AGENCY", false, true, "VERIFIED");
        seed.appearance(hearing, agency, staff, "AGENCY", false, true, "VERIFIED");

        JsonPath f = year(agency, 2022);
        assertEquals(1, f.getInt("casesHeardWithHead"));
        assertEquals(2, f.getInt("silentAppearances"));
        assertEquals(1, f.getInt("leftEarlyAppearances"), "staff are not heads");
        assertEquals(List.of("SILENT_APPEARANCE", "LEFT_EARLY"), f.getList("flags"));
    }

    @Test
    void r1Art7OneAttendedHearingDischargesTheBaseDutyAndALaterNoticeRenewsIt() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long c = seed.caseOf(agency);
        long first = seed.held(c, "2022-02-10T09:30:00+08:00");
        long second = seed.held(c, "2022-03-10T09:30:00+08:00");
        long postponed = seed.hearing(c, "2022-01-10T09:30:00+08:00", "POSTPONED");
        seed.notice(first, agency, "2022-02-01");
        seed.notice(second, agency, "2022-03-08");
        seed.notice(postponed, agency, "2022-01-01");
        seed.appeared(first, agency, head);

        JsonPath f = year(agency, 2022);
        assertEquals(2, f.getInt("casesHeard"), "the base duty, and the one the notice of the second hearing renewed");
        assertEquals(1, f.getInt("casesHeardWithHead"));
        assertEquals(1, f.getInt("unjustifiedAbsences"), "the renewed duty of the second hearing is not met");
        assertEquals(2, f.getInt("noticesReceived"), "the postponed hearing's notice is not counted");
        assertEquals(1, f.getInt("noticesAttendedByHead"));
        assertEquals(0.5, f.getDouble("noticeAppearanceRate"));
        assertEquals(1, f.getInt("lateNotices"), "served two days before the hearing (R3)");
        assertEquals(1, f.getInt("noOneAppeared"), "nobody came to the second hearing");
    }

    @Test
    void r2MandatoryCasesAreCountedApartAndAMissedOneIsFlagged() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        long attended = seed.held(seed.caseOf("FIRST_INSTANCE", List.of("MAJOR_PUBLIC_INTEREST"), agency),
                "2022-03-01T09:30:00+08:00");
        seed.appeared(attended, agency, head);
        seed.held(seed.caseOf("FIRST_INSTANCE", List.of("PROCURATORIAL_PUBLIC_INTEREST", "HIGH_SOCIAL_CONCERN"),
                agency), "2022-03-02T09:30:00+08:00");
        seed.appeared(seed.held(seed.caseOf(agency), "2022-03-03T09:30:00+08:00"), agency, head);

        JsonPath f = year(agency, 2022);
        assertEquals(3, f.getInt("casesHeard"));
        assertEquals(2, f.getInt("mandatoryCasesHeard"));
        assertEquals(1, f.getInt("mandatoryCasesHeardWithHead"));
        assertEquals(0.5, f.getDouble("mandatoryAppearanceRate"));
        assertEquals(List.of("BELOW_THRESHOLD", "MANDATORY_MISSED", "UNJUSTIFIED_ABSENCE", "NO_ONE_APPEARED"),
                f.getList("flags"));
    }

    @Test
    void outcomesCountByConclusionDateAndADecisionChangedCountsForEveryDefendant() {
        Agency department = seed.agency("DEPARTMENT");
        Agency subdistrict = seed.agency("SUBDISTRICT");
        seed.outcome(seed.caseOf(department, subdistrict), "REVOKED", "2022-06-01", false);
        seed.outcome(seed.caseOf(department), "CONFIRMED_ILLEGAL", "2022-12-31", false);
        seed.outcome(seed.caseOf(department), "WITHDRAWN", "2022-01-01", true);
        seed.outcome(seed.caseOf(department), "CLAIMS_DISMISSED", "2023-01-01", false);
        seed.outcome(seed.caseOf("SECOND_INSTANCE", List.of(), department), "REVOKED", "2022-08-01", false);
        seed.recommendation(department, "2022-11-30");
        seed.recommendation(department, "2023-01-02");

        JsonPath d = year(department, 2022);
        assertEquals(3, d.getInt("casesConcluded"));
        assertEquals(2, d.getInt("decisionsChanged"));
        assertEquals(2.0 / 3, d.getDouble("lossRate"), 1e-6);
        assertEquals(1, d.getInt("resolvedByCoordination"));
        assertEquals(1, d.getInt("judicialRecommendations"));
        JsonPath s = year(subdistrict, 2022);
        assertEquals(1, s.getInt("decisionsChanged"));
        assertEquals(1.0, s.getDouble("lossRate"));
        assertEquals(0, s.getInt("casesHeard"));
    }

    @Test
    void ratesAreNullWhenTheDenominatorIsZero() {
        Agency agency = seed.agency("OTHER");
        given().queryParam("agencyCode", agency.code()).queryParam("year", 2022)
                .get("/api/metrics/compliance").then().statusCode(200)
                .body("agencies[0].appearanceRate", nullValue())
                .body("agencies[0].noticeAppearanceRate", nullValue())
                .body("agencies[0].mandatoryAppearanceRate", nullValue())
                .body("agencies[0].lossRate", nullValue())
                .body("agencies[0].appearanceRateChangePp", nullValue())
                .body("agencies[0].casesHeard", equalTo(0))
                .body("agencies[0].flags.size()", equalTo(0))
                .body("agencies[0]", not(org.hamcrest.Matchers.hasKey("group")));
    }

    @Test
    void changeIsAgainstTheSamePeriodAYearEarlier() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        seed.appeared(seed.held(seed.caseOf(agency), "2021-03-01T09:30:00+08:00"), agency, head);
        seed.held(seed.caseOf(agency), "2021-03-02T09:30:00+08:00");
        seed.appeared(seed.held(seed.caseOf(agency), "2022-03-01T09:30:00+08:00"), agency, head);
        JsonPath f = year(agency, 2022);
        assertEquals(0.5, f.getDouble("previousAppearanceRate"));
        assertEquals(50.0, f.getDouble("appearanceRateChangePp"));
        JsonPath q2 = figures(agency, Map.of("year", 2022, "quarter", 2));
        assertNull(q2.get("appearanceRate"));
        assertNull(q2.get("previousAppearanceRate"));
    }

    @Test
    void groupsAreSumsOfTheAgencyRowsNotAveragesOfTheirRates() {
        Agency big = seed.agency("DEPARTMENT");
        Agency small = seed.agency("SUBDISTRICT");
        long head = seed.official(big, "PRINCIPAL", "2020-01-01", null);
        for (int i = 0; i < 3; i++) {
            seed.appeared(seed.held(seed.caseOf(big), "2019-0" + (i + 1) + "-01T09:30:00+08:00"), big, head);
        }
        seed.held(seed.caseOf(small), "2019-05-01T09:30:00+08:00");

        JsonPath report = given().queryParam("year", 2019).get("/api/metrics/compliance")
                .then().statusCode(200).body("groups.group", equalTo(List.of("DISTRICT_GOVERNMENT",
                        "DEPARTMENTS_AND_SUBDISTRICTS", "ALL"))).extract().jsonPath()
                // Rates as doubles: JsonPath reads decimals as floats unless told, and other tests share 2019.
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        List<Map<String, Object>> agencies = report.getList("agencies");
        long heard = 0;
        long withHead = 0;
        for (Map<String, Object> row : agencies) {
            if (!"DISTRICT_GOVERNMENT".equals(row.get("agencyKind")) && !"OTHER".equals(row.get("agencyKind"))) {
                heard += ((Number) row.get("casesHeard")).longValue();
                withHead += ((Number) row.get("casesHeardWithHead")).longValue();
            }
        }
        Map<String, Object> group = report.getMap("groups[1]");
        assertEquals(heard, ((Number) group.get("casesHeard")).longValue());
        assertEquals(withHead, ((Number) group.get("casesHeardWithHead")).longValue());
        assertEquals((double) withHead / heard, ((Number) group.get("appearanceRate")).doubleValue(), 1e-12);
        assertEquals(null, group.get("agencyCode"));
        // With only this test's agencies the sum is 3/4, where the average of 1.0 and 0.0 would be 0.5.
        assertEquals(true, heard >= 4);
    }

    @Test
    void agencyYearsGivesEachYearAgainstTheOneBefore() {
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        seed.held(seed.caseOf(agency), "2020-03-01T09:30:00+08:00");
        seed.appeared(seed.held(seed.caseOf(agency), "2021-03-01T09:30:00+08:00"), agency, head);
        given().queryParam("from", 2021).queryParam("to", 2022)
                .get("/api/metrics/agencies/" + agency.code() + "/years").then().statusCode(200)
                .body("agencyCode", equalTo(agency.code()))
                .body("years.year", equalTo(List.of(2021, 2022)))
                .body("years[0].figures.appearanceRate", equalTo(1.0f))
                .body("years[0].figures.previousAppearanceRate", equalTo(0.0f))
                .body("years[0].figures.appearanceRateChangePp", equalTo(100.0f))
                .body("years[1].figures.appearanceRate", nullValue())
                .body("years[1].figures.previousAppearanceRate", equalTo(1.0f));
        given().get("/api/metrics/agencies/NO-SUCH-AGENCY/years?from=2021&to=2022").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        given().get("/api/metrics/compliance").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"));
        given().get("/api/metrics/compliance?year=twenty").then().statusCode(400).body("errors.field", hasItem("year"));
        given().get("/api/metrics/compliance?year=2022&quarter=5").then().statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
        given().get("/api/metrics/compliance?year=2022&month=13").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().get("/api/metrics/compliance?year=2022&quarter=1&month=2").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().get("/api/metrics/compliance?year=2022&trialLevel=APPEAL").then().statusCode(400)
                .body("errors[0].field", equalTo("trialLevel"));
        given().get("/api/metrics/compliance?year=2022&agencyCode=NO-SUCH-AGENCY").then().statusCode(400)
                .body("errors[0].field", equalTo("agencyCode"));
        given().get("/api/metrics/agencies/X/years?from=2023&to=2021").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/metrics/agencies/X/years?to=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }
}
