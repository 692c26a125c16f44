package org.yingsu.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.TrialLevel;
import org.yingsu.metrics.ComplianceFlag;
import org.yingsu.testing.Api;

/** The demo district, loaded at start-up into its own empty database, gives the seed's 2022 table over HTTP. */
@QuarkusTest
@TestProfile(DemoDatabaseProfile.class)
class DemoDataTests {

    @Inject
    DemoDataLoader loader;

    @Inject
    Event<StartupEvent> startup;

    private static String oneDecimal(double fraction) {
        return String.format("%.1f", fraction * 100);
    }

    private static String change(double pp) {
        return String.format("%+.1f", pp);
    }

    private static JsonPath year(int year) {
        return given().queryParam("year", year).get("/api/metrics/compliance").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theSeeds2022TableComesOutOfTheApi() {
        JsonPath report = year(2022);
        Map<String, Object> government = report.getMap("groups.find { it.group == 'DISTRICT_GOVERNMENT' }");
        assertEquals(26, government.get("noticesReceived"));
        assertEquals(26, government.get("noticesAttendedByHead"));
        assertEquals("100.0", oneDecimal(((Number) government.get("noticeAppearanceRate")).doubleValue()));
        assertEquals("61.9", oneDecimal(((Number) government.get("previousNoticeAppearanceRate")).doubleValue()));
        assertEquals("+38.1", change(((Number) government.get("noticeAppearanceRateChangePp")).doubleValue()));
        assertEquals(0, government.get("decisionsChanged"));

        Map<String, Object> departments = report.getMap(
                "groups.find { it.group == 'DEPARTMENTS_AND_SUBDISTRICTS' }");
        assertEquals(354, departments.get("casesHeard"));
        assertEquals(333, departments.get("casesHeardWithHead"));
        assertEquals("94.1", oneDecimal(((Number) departments.get("appearanceRate")).doubleValue()));
        assertEquals("74.5", oneDecimal(((Number) departments.get("previousAppearanceRate")).doubleValue()));
        assertEquals("+19.6", change(((Number) departments.get("appearanceRateChangePp")).doubleValue()));
        assertEquals(27, departments.get("decisionsChanged"));
        assertEquals(370, departments.get("casesConcluded"));
        assertEquals("7.3", oneDecimal(((Number) departments.get("lossRate")).doubleValue()));
    }

    @Test
    void agenciesVaryAndEveryFlagShowsUpIn2022() {
        List<Map<String, Object>> agencies = year(2022).getList("agencies");
        assertEquals(43, agencies.size());
        assertEquals(12, agencies.stream().filter(a -> "SUBDISTRICT".equals(a.get("agencyKind"))).count());
        assertEquals(30, agencies.stream().filter(a -> "DEPARTMENT".equals(a.get("agencyKind"))).count());
        List<Double> rates = agencies.stream().filter(a -> a.get("appearanceRate") != null)
                .map(a -> ((Number) a.get("appearanceRate")).doubleValue()).toList();
        assertTrue(rates.stream().filter(r -> r < 0.9).count() >= 4, "several agencies below 90%: " + rates);
        assertTrue(rates.stream().filter(r -> r == 0.0).count() >= 1, "an agency at 0%");
        assertTrue(rates.stream().distinct().count() >= 6, "rates vary: " + rates);
        assertTrue(agencies.stream().anyMatch(a -> a.get("appearanceRate") == null), "an agency without cases");
        Set<ComplianceFlag> flags = EnumSet.noneOf(ComplianceFlag.class);
        for (Map<String, Object> agency : agencies) {
            for (Object flag : (List<?>) agency.get("flags")) {
                flags.add(ComplianceFlag.valueOf((String) flag));
            }
        }
        assertEquals(EnumSet.allOf(ComplianceFlag.class), flags);
        Set<String> absenceKinds = agencies.stream().flatMap(a -> Map.of(
                        "justified", a.get("justifiedAbsences"), "pending", a.get("pendingAbsences"),
                        "unjustified", a.get("unjustifiedAbsences")).entrySet().stream()
                        .filter(e -> ((Number) e.getValue()).intValue() > 0).map(Map.Entry::getKey))
                .collect(Collectors.toSet());
        assertEquals(Set.of("justified", "pending", "unjustified"), absenceKinds);
    }

    @Test
    void eachCaseFigureOf2022OpensTheDutiesItCounts() {
        JsonPath report = year(2022);
        List<Map<String, Object>> duties = given().queryParam("year", 2022).get("/api/metrics/duties").then()
                .statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> departments = report.getMap("groups.find { it.group == 'DEPARTMENTS_AND_SUBDISTRICTS' }");
        Predicate<Map<String, Object>> ofDepartments = d -> !"DISTRICT_GOVERNMENT".equals(d.get("agencyKind"))
                && !"OTHER".equals(d.get("agencyKind"));
        assertEquals(354, departments.get("casesHeard"));
        assertEquals(354, duties.stream().filter(ofDepartments).count(), "casesHeard opens its 354 duties");
        assertEquals(333, duties.stream().filter(ofDepartments).filter(d -> "MET".equals(d.get("result"))).count(),
                "casesHeardWithHead opens its 333 duties met");
        for (Map<String, Object> agency : report.<Map<String, Object>>getList("agencies")) {
            String code = (String) agency.get("agencyCode");
            List<Map<String, Object>> own = duties.stream().filter(d -> code.equals(d.get("agencyCode"))).toList();
            assertEquals(agency.get("casesHeard"), own.size(), code + " casesHeard");
            assertEquals(agency.get("casesHeardWithHead"), (int) own.stream()
                    .filter(d -> "MET".equals(d.get("result"))).count(), code + " casesHeardWithHead");
            for (String[] pair : new String[][] {{"JUSTIFIED", "justifiedAbsences"}, {"PENDING", "pendingAbsences"},
                    {"UNJUSTIFIED", "unjustifiedAbsences"}}) {
                assertEquals(agency.get(pair[1]), (int) own.stream().filter(d -> pair[0].equals(d.get("result")))
                        .count(), code + " " + pair[1]);
            }
            assertEquals(agency.get("mandatoryCasesHeard"), (int) own.stream()
                    .filter(d -> Boolean.TRUE.equals(d.get("mandatory"))).count(), code + " mandatoryCasesHeard");
        }
        // The filters give the same rows the figure counts, and the download holds one line per duty.
        Map<String, Object> busiest = report.<Map<String, Object>>getList("agencies").stream()
                .filter(a -> ((Number) a.get("unjustifiedAbsences")).intValue() > 0).findFirst().orElseThrow();
        String code = (String) busiest.get("agencyCode");
        assertEquals(busiest.get("unjustifiedAbsences"), given().queryParam("year", 2022).queryParam("agencyCode", code)
                .queryParam("result", "UNJUSTIFIED").get("/api/metrics/duties").then().statusCode(200).extract()
                .jsonPath().getList("").size());
        int heard = ((Number) busiest.get("casesHeard")).intValue();
        int met = ((Number) busiest.get("casesHeardWithHead")).intValue();
        assertEquals(heard - met, given().queryParam("year", 2022).queryParam("agencyCode", code)
                .queryParam("met", "false").get("/api/metrics/duties").then().statusCode(200).extract().jsonPath()
                .getList("").size());
        String csv = given().accept("text/csv").queryParam("year", 2022).queryParam("agencyCode", code)
                .get("/api/metrics/duties").then().statusCode(200).extract().asString();
        assertEquals(heard + 1, csv.strip().split("\r\n").length, "a header and one line per duty");
        assertTrue(csv.contains("无正当理由未出庭"), "the result in words");
        given().queryParam("year", 2022).queryParam("result", "MISSED").get("/api/metrics/duties").then()
                .statusCode(400).body("errors[0].field", equalTo("result"));
    }

    @Test
    void otherYearsQuartersAndSecondInstanceHaveFiguresToo() {
        Map<String, Object> departments2021 = year(2021).getMap(
                "groups.find { it.group == 'DEPARTMENTS_AND_SUBDISTRICTS' }");
        assertEquals(306, departments2021.get("casesHeard"));
        assertEquals(228, departments2021.get("casesHeardWithHead"));
        Map<String, Object> y2023 = year(2023).getMap("groups.find { it.group == 'ALL' }");
        assertTrue(((Number) y2023.get("casesHeard")).intValue() > 400);
        int quarters = 0;
        for (int q = 1; q <= 4; q++) {
            quarters += given().queryParam("year", 2022).queryParam("quarter", q).get("/api/metrics/compliance")
                    .then().statusCode(200).extract().jsonPath()
                    .getInt("groups.find { it.group == 'DEPARTMENTS_AND_SUBDISTRICTS' }.casesHeard");
        }
        assertTrue(quarters >= 354, "a case heard in two quarters counts in each");
        int appeals = given().queryParam("year", 2022).queryParam("trialLevel", "SECOND_INSTANCE")
                .get("/api/metrics/compliance").then().statusCode(200).extract().jsonPath()
                .getInt("groups.find { it.group == 'ALL' }.casesHeard");
        assertTrue(appeals > 0);
        given().queryParam("from", 2021).queryParam("to", 2023).get("/api/metrics/agencies/YB-GH/years")
                .then().statusCode(200).extract().jsonPath().getList("years.figures.casesHeard").forEach(
                        n -> assertTrue(((Number) n).intValue() > 30));
    }

    /** The ledger the demo loaded (same seed, same document): where to look for each of the duty's cases. */
    private static final LedgerDocument LEDGER = DemoDistrict.generate();

    private static CaseDocument onlyCase(String what, Predicate<CaseDocument> test) {
        List<CaseDocument> found = LEDGER.cases().stream().filter(test).toList();
        assertEquals(1, found.size(), "the demo holds one " + what + ": " + found.stream()
                .map(CaseDocument::caseNumber).toList());
        return found.get(0);
    }

    private static boolean isHead(String officialCode) {
        OfficialRole role = LEDGER.officials().stream().filter(o -> o.code().equals(officialCode)).findFirst()
                .orElseThrow().role();
        return role != OfficialRole.STAFF && role != OfficialRole.LAWYER;
    }

    private static List<HearingDocument> held(CaseDocument c) {
        return c.hearings().stream().filter(h -> h.status() == HearingStatus.HELD).toList();
    }

    private static boolean headOf(HearingDocument h, String agency) {
        return h.appearances().stream().anyMatch(a -> agency.equals(a.agencyCode()) && isHead(a.officialCode())
                && a.officialCode().startsWith(agency + "-"));
    }

    private static long caseId(CaseDocument c) {
        return given().queryParam("q", c.caseNumber()).queryParam("agencyCode", c.defendants().get(0))
                .get("/api/cases").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.court == '" + c.court() + "' }.id");
    }

    private static JsonPath figures(String agency, Map<String, Object> period) {
        return given().queryParam("agencyCode", agency).queryParams(period).get("/api/metrics/compliance").then()
                .statusCode(200).extract().jsonPath().setRootPath("agencies[0]");
    }

    /** The class of the case's absence in the agency's list for the period, or null when it is not listed. */
    private static String absence(String agency, Map<String, Object> period, long caseId) {
        List<Map<String, Object>> listed = given().queryParam("agencyCode", agency).queryParams(period)
                .get("/api/metrics/absences").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.caseId == " + caseId + " }");
        assertTrue(listed.size() <= 1, "a duty is listed once: " + listed);
        return listed.isEmpty() ? null : (String) listed.get(0).get("absenceClass");
    }

    private static final List<String> COUNTS = List.of("casesHeard", "casesHeardWithHead", "justifiedAbsences",
            "pendingAbsences", "unjustifiedAbsences");

    /** Months add up to quarters and quarters to the year, and the year's list holds its unjustified count. */
    private static void periodsAddUp(String agency, int year) {
        JsonPath whole = figures(agency, Map.of("year", year));
        for (String count : COUNTS) {
            int quarters = 0;
            for (int q = 1; q <= 4; q++) {
                int quarter = figures(agency, Map.of("year", year, "quarter", q)).getInt(count);
                int months = 0;
                for (int m = 3 * q - 2; m <= 3 * q; m++) {
                    months += figures(agency, Map.of("year", year, "month", m)).getInt(count);
                }
                assertEquals(quarter, months, agency + " " + count + " Q" + q + ": months add up to the quarter");
                quarters += quarter;
            }
            assertEquals(whole.getInt(count), quarters, agency + " " + count + " " + year + ": quarters add up");
        }
        int listed = given().queryParam("agencyCode", agency).queryParam("year", year).get("/api/metrics/absences")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.absenceClass == 'UNJUSTIFIED' }")
                .size();
        assertEquals(whole.getInt("unjustifiedAbsences"), listed, agency + " lists each unjustified absence once");
    }

    @Test
    void art3TheDesignatedCoDefendantAloneOwesTheDuty() {
        CaseDocument c = onlyCase("designated co-defendant case", x -> x.appearanceDesignation() != null);
        assertEquals(List.of(DemoDistrict.GOVERNMENT, "YB-ZJ"), c.defendants());
        long id = caseId(c);
        given().get("/api/cases/" + id).then().statusCode(200)
                .body("appearanceDesignation.defendants", equalTo(List.of("YB-ZJ")))
                .body("appearanceDesignation.basis", equalTo("AGREEMENT"));
        Map<String, Object> q2 = Map.of("year", 2023, "quarter", 2);
        // The department's head appeared: its duty is met; the government owes none, so nothing is listed for it.
        assertTrue(headOf(held(c).get(0), "YB-ZJ"));
        assertNull(absence("YB-ZJ", q2, id));
        assertNull(absence(DemoDistrict.GOVERNMENT, q2, id));
        periodsAddUp(DemoDistrict.GOVERNMENT, 2023);
        periodsAddUp("YB-ZJ", 2023);
    }

    @Test
    void r1Art7ANoticeRenewedAfterTheHeadAppearedIsADutyOfItsOwnQuarter() {
        CaseDocument c = onlyCase("renewed-notice case", x -> x.defendants().equals(List.of("YB-CG"))
                && held(x).size() == 2 && headOf(held(x).get(0), "YB-CG") && !headOf(held(x).get(1), "YB-CG")
                && !held(x).get(1).notices().isEmpty() && x.filedOn().getYear() == 2023
                && held(x).get(1).delegations().stream().anyMatch(d -> d.courtFinding() == CourtFinding.ACCEPTED));
        long id = caseId(c);
        assertNull(absence("YB-CG", Map.of("year", 2023, "quarter", 1), id), "March: the head appeared");
        assertEquals("JUSTIFIED", absence("YB-CG", Map.of("year", 2023, "quarter", 2), id),
                "June: the renewed duty, met by an approved delegation");
        assertEquals("JUSTIFIED", absence("YB-CG", Map.of("year", 2023), id));
        periodsAddUp("YB-CG", 2023);
    }

    @Test
    void r1Art7AHeadWhoAppearedOnlyAtTheLaterHearingMeetsTheDuty() {
        List<CaseDocument> found = LEDGER.cases().stream().filter(x -> x.trialLevel() == TrialLevel.FIRST_INSTANCE
                && x.defendants().size() == 1 && !x.defendants().get(0).equals(DemoDistrict.GOVERNMENT)
                && held(x).size() == 2 && !headOf(held(x).get(0), x.defendants().get(0))
                && headOf(held(x).get(1), x.defendants().get(0))
                && held(x).get(0).scheduledAt().getYear() == 2022).toList();
        assertFalse(found.isEmpty(), "the demo holds a case whose head came only to its later hearing");
        CaseDocument c = found.get(0);
        String agency = c.defendants().get(0);
        long id = caseId(c);
        int year = held(c).get(0).scheduledAt().getYear();
        assertNull(absence(agency, Map.of("year", year, "month", held(c).get(0).scheduledAt().getMonthValue()), id));
        assertNull(absence(agency, Map.of("year", year), id));
        periodsAddUp(agency, year);
    }

    @Test
    void art9AnExplanationTheCourtDidNotAcceptLeavesTheAbsenceUnjustified() {
        CaseDocument c = onlyCase("court-rejected explanation", x -> x.hearings().stream()
                .flatMap(h -> h.delegations().stream()).anyMatch(d -> d.courtFinding() == CourtFinding.NOT_ACCEPTED
                        && d.status() == DelegationStatus.APPROVED));
        String agency = c.defendants().get(0);
        long id = caseId(c);
        given().queryParam("caseId", id).get("/api/delegations").then().statusCode(200)
                .body("items[0].status", equalTo("APPROVED"))
                .body("items[0].courtFinding", equalTo("NOT_ACCEPTED"));
        assertEquals("UNJUSTIFIED", absence(agency, Map.of("year", 2023, "quarter", 3), id));
        periodsAddUp(agency, 2023);
    }

    @Test
    void r4Art10TheGovernmentsDelegateFromALowerLevelBodyJustifiesItsAbsence() {
        CaseDocument c = onlyCase("lower-level delegate case", x -> x.hearings().stream()
                .flatMap(h -> h.delegations().stream()).anyMatch(d -> d.agencyCode().equals(DemoDistrict.GOVERNMENT)
                        && d.delegateOfficialCode().startsWith("YB-HX-")));
        long id = caseId(c);
        given().queryParam("caseId", id).get("/api/delegations").then().statusCode(200)
                .body("items[0].delegateOfficialCode", startsWith("YB-HX-"))
                .body("items[0].status", equalTo("APPROVED"));
        // The town's staff member stands for the government as present staff, never as its head.
        given().get("/api/cases/" + id + "/file").then().statusCode(200)
                .body("hearings[0].appearances.find { it.officialCode.startsWith('YB-HX-') }.agencyCode",
                        equalTo(DemoDistrict.GOVERNMENT));
        assertEquals("JUSTIFIED", absence(DemoDistrict.GOVERNMENT, Map.of("year", 2023, "quarter", 4), id));
        periodsAddUp(DemoDistrict.GOVERNMENT, 2023);
    }

    @Test
    void theDemoLoadsOnlyIntoAnEmptyDatabase() {
        assertFalse(loader.loadIntoEmptyDatabase());
        assertEquals(43, year(2022).getList("agencies").size());
    }

    /**
     * The published password belongs to the demo district alone: the accounts come with its load, and a later start
     * in demo mode does not make them again (a deleted one stays deleted, as it would in a database of real data).
     */
    @Test
    void theDemoAccountsComeWithTheDemoLoadOnly() {
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("username", "reader", "password",
                DemoAccounts.DEMO_PASSWORD)).post("/api/auth/login").then().statusCode(200);
        given().delete("/api/users/reader").then().statusCode(204);
        startup.fire(new StartupEvent());
        given().get("/api/users/reader").then().statusCode(404);
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("username", "reader", "password",
                DemoAccounts.DEMO_PASSWORD)).post("/api/auth/login").then().statusCode(401);
    }

    /** The supervision features' own demo records: trainings, referrals in every state, the centre's disputes. */
    @Test
    void theDemoHoldsTrainingsReferralsAndDisputesOf2022() {
        List<Map<String, Object>> sessions = given().get("/api/trainings?year=2022&size=50").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertTrue(sessions.size() >= 3, "trainings in 2022: " + sessions.size());
        for (Map<String, Object> session : sessions) {
            int invited = (Integer) session.get("invited");
            int attended = (Integer) session.get("attended");
            assertTrue(invited > 10 && attended > invited / 2 && attended < invited,
                    "most but not all invitees came: " + attended + " of " + invited);
        }
        JsonPath coverage = given().get("/api/trainings/coverage?year=2022").then().statusCode(200).extract()
                .jsonPath();
        List<Double> shares = coverage.getList("agencies.share", Float.class).stream()
                .map(f -> f == null ? null : f.doubleValue()).filter(java.util.Objects::nonNull).toList();
        assertTrue(shares.stream().distinct().count() >= 3, "the share trained varies: " + shares);

        Map<String, Long> referrals = given().get("/api/referrals?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.status", String.class).stream()
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        for (String state : List.of("DRAFTED", "SENT", "ANSWERED", "WITHDRAWN")) {
            assertTrue(referrals.getOrDefault(state, 0L) >= 1, "referrals " + state + ": " + referrals);
        }
        assertTrue(referrals.getOrDefault("ANSWERED", 0L) >= 2, "answered with different decisions: " + referrals);

        JsonPath disputes = given().get("/api/coordination/disputes?year=2022&size=100").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(24, disputes.getInt("total"));
        long resolved = disputes.getList("items.status", String.class).stream().filter("RESOLVED"::equals).count();
        assertTrue(resolved >= 18, "most disputes resolved: " + resolved);
        assertTrue(disputes.getList("items.source", String.class).containsAll(
                List.of("ENTRUSTED_BEFORE_FILING", "ENTRUSTED_AFTER_FILING", "DIRECT")));
        assertTrue(disputes.getList("items.caseCoordinated").contains(true), "a 委托 dispute's case is coordinated");
        JsonPath figures = given().get("/api/coordination/figures?year=2022").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(24, figures.getInt("received"));
        assertEquals(resolved, figures.getInt("resolved"));
        assertTrue(figures.getInt("overdue") >= 1 && figures.getList("byMediatingBody").size() >= 4);
    }
}
