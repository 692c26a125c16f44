package org.yingsu.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Exports;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/**
 * 考核 through the API: each unjustified absence deducts the year's points, every deduction names its case and
 * hearings, the totals always agree with the figures' assessmentDeduction, and the bureau's points drive both.
 */
@QuarkusTest
class AssessmentTests {

    private static final String COURT = "重庆市渝北区人民法院";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A ledger of one year's cases, built case by case, imported through the API. */
    private static final class Ledger {
        final List<Map<String, Object>> agencies = new ArrayList<>();
        final List<Map<String, Object>> officials = new ArrayList<>();
        final List<Map<String, Object>> cases = new ArrayList<>();

        String agency(String kind) {
            String code = Fixtures.unique("AS");
            agencies.add(Map.of("code", code, "name", "测试机关" + code, "kind", kind));
            return code;
        }

        String official(String agency, String role) {
            String code = Fixtures.unique("ASO");
            officials.add(Map.of("code", code, "agencyCode", agency, "name", "张某", "role", role,
                    "title", "局长", "validFrom", "2010-01-01"));
            return code;
        }

        /** A first-instance case of {@code agency} with these hearings; answers its case number. */
        @SafeVarargs
        final String caseOf(String agency, List<String> mandatory, Map<String, Object>... hearings) {
            String number = Fixtures.unique("（2012）渝0112行初");
            cases.add(Map.of("court", COURT, "caseNumber", number, "trialLevel", "FIRST_INSTANCE",
                    "causeOfAction", "行政处罚", "defendants", List.of(agency), "mandatoryCategories", mandatory,
                    "hearings", List.of(hearings)));
            return number;
        }

        void importIt() {
            Json.post("/api/imports/ledger", Map.of("format", "yingsu-ledger/1", "agencies", agencies,
                    "officials", officials, "cases", cases)).statusCode(200);
        }
    }

    private static Map<String, Object> held(String scheduledAt) {
        return held(scheduledAt, List.of(), List.of());
    }

    private static Map<String, Object> held(String scheduledAt, List<Map<String, Object>> appearances,
            List<Map<String, Object>> delegations) {
        return Map.of("scheduledAt", scheduledAt, "status", "HELD", "appearances", appearances,
                "delegations", delegations);
    }

    private static Map<String, Object> delegation(String agency, String staff, String filedOn, String status) {
        return Map.of("agencyCode", agency, "reasonCategory", "NON_DELEGABLE_DUTY",
                "reason", "当日须出席区政府常务会议研究防汛工作", "delegateOfficialCode", staff, "filedOn", filedOn,
                "status", status);
    }

    private static JsonPath assessment(int year, String agency) {
        var request = given().queryParam("year", year);
        if (agency != null) {
            request = request.queryParam("agencyCode", agency);
        }
        return request.get("/api/assessment").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath figures(int year, String agency) {
        var request = given().queryParam("year", year);
        if (agency != null) {
            request = request.queryParam("agencyCode", agency);
        }
        return request.get("/api/metrics/compliance").then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    /** Agency A: three unjustified absences (no one, a late delegation, staff only), one justified, one pending. */
    private record Seeded(String agency, String clean, List<String> unjustified, String twoHearings) {
    }

    private static Seeded seed() {
        Ledger ledger = new Ledger();
        String agency = ledger.agency("DEPARTMENT");
        String clean = ledger.agency("SUBDISTRICT");
        String head = ledger.official(agency, "PRINCIPAL");
        String staff = ledger.official(agency, "STAFF");
        String cleanHead = ledger.official(clean, "DEPUTY");
        String nobody = ledger.caseOf(agency, List.of("MAJOR_PUBLIC_INTEREST"), held("2012-03-01T09:30:00+08:00"));
        String late = ledger.caseOf(agency, List.of(), held("2012-04-10T09:30:00+08:00"),
                held("2012-06-20T14:30:00+08:00", List.of(),
                        List.of(delegation(agency, staff, "2012-06-25", "APPROVED"))));
        ledger.caseOf(agency, List.of(), held("2012-05-05T09:30:00+08:00", List.of(),
                List.of(delegation(agency, staff, "2012-05-01", "APPROVED"))));
        ledger.caseOf(agency, List.of(), held("2012-07-07T09:30:00+08:00",
                List.of(Map.of("agencyCode", agency, "officialCode", head, "spoke", true)), List.of()));
        ledger.caseOf(agency, List.of(), held("2012-08-08T09:30:00+08:00", List.of(),
                List.of(delegation(agency, staff, "2012-08-01", "SUBMITTED"))));
        String staffOnly = ledger.caseOf(agency, List.of(), held("2012-09-09T09:30:00+08:00",
                List.of(Map.of("agencyCode", agency, "officialCode", staff, "spoke", true)), List.of()));
        ledger.caseOf(clean, List.of(), held("2012-10-10T09:30:00+08:00",
                List.of(Map.of("agencyCode", clean, "officialCode", cleanHead, "spoke", true)), List.of()));
        ledger.importIt();
        return new Seeded(agency, clean, List.of(nobody, late, staffOnly), late);
    }

    @Test
    void eachUnjustifiedAbsenceDeductsThePointsAndNamesItsCaseAndHearings() {
        Seeded seeded = seed();
        JsonPath json = assessment(2012, seeded.agency());
        BigDecimal points = decimal(json, "pointsPerUnjustifiedAbsence");
        assertEquals(1, json.getList("agencies").size());
        assertEquals(seeded.agency(), json.getString("agencies[0].agencyCode"));
        assertEquals(3, json.getInt("agencies[0].unjustifiedAbsences"), "not the justified, pending or attended");
        assertEquals(0, points.multiply(BigDecimal.valueOf(3)).compareTo(decimal(json, "agencies[0].deduction")));
        List<Map<String, Object>> causes = json.getList("agencies[0].causes");
        assertEquals(seeded.unjustified().stream().sorted().toList(),
                causes.stream().map(c -> (String) c.get("caseNumber")).sorted().toList());
        for (Map<String, Object> cause : causes) {
            assertEquals(COURT, cause.get("court"));
            assertTrue(((List<?>) cause.get("hearings")).size() >= 1, "every cause names its hearings: " + cause);
        }
        Map<String, Object> late = causes.stream().filter(c -> c.get("caseNumber").equals(seeded.twoHearings()))
                .findFirst().orElseThrow();
        List<String> dates = ((List<?>) late.get("hearings")).stream()
                .map(h -> (String) ((Map<?, ?>) h).get("scheduledAt")).toList();
        assertEquals(2, dates.size(), "both held hearings of the case, each without the head");
        assertTrue(dates.get(0).startsWith("2012-04-10T09:30") && dates.get(0).endsWith("+08:00"), dates.toString());
        assertTrue(dates.get(1).startsWith("2012-06-20T14:30"), dates.toString());

        JsonPath clean = assessment(2012, seeded.clean());
        assertEquals(0, clean.getInt("agencies[0].unjustifiedAbsences"));
        assertEquals(0, BigDecimal.ZERO.compareTo(decimal(clean, "agencies[0].deduction")));
        assertEquals(List.of(), clean.getList("agencies[0].causes"));

        JsonPath figures = figures(2012, seeded.agency());
        assertEquals(3, figures.getInt("agencies[0].unjustifiedAbsences"));
        assertEquals(0, decimal(figures, "agencies[0].assessmentDeduction")
                .compareTo(decimal(json, "agencies[0].deduction")));
    }

    @Test
    void theAssessmentOfEveryAgencyAgreesWithTheFigures() {
        seed();
        JsonPath json = assessment(2012, null);
        JsonPath figures = figures(2012, null);
        BigDecimal points = decimal(json, "pointsPerUnjustifiedAbsence");
        List<Map<String, Object>> agencies = json.getList("agencies");
        List<Map<String, Object>> figured = figures.getList("agencies");
        assertEquals(figured.size(), agencies.size(), "every agency, with or without deductions");
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        figured.forEach(f -> byCode.put((String) f.get("agencyCode"), f));
        BigDecimal total = BigDecimal.ZERO;
        long absences = 0;
        for (Map<String, Object> agency : agencies) {
            Map<String, Object> f = byCode.get((String) agency.get("agencyCode"));
            BigDecimal deduction = new BigDecimal(agency.get("deduction").toString());
            int causes = ((List<?>) agency.get("causes")).size();
            assertEquals(((Number) f.get("unjustifiedAbsences")).longValue(), causes, agency.get("agencyCode") + "");
            assertEquals(0, points.multiply(BigDecimal.valueOf(causes)).compareTo(deduction));
            assertEquals(0, new BigDecimal(f.get("assessmentDeduction").toString()).compareTo(deduction));
            total = total.add(deduction);
            absences += causes;
        }
        assertEquals(absences, json.getLong("unjustifiedAbsences"));
        assertEquals(0, total.compareTo(decimal(json, "totalDeduction")));
    }

    @Test
    void theBureausPointsForAYearDriveTheAssessmentAndTheFigures() {
        Ledger ledger = new Ledger();
        String agency = ledger.agency("DEPARTMENT");
        ledger.caseOf(agency, List.of(), held("2011-05-05T09:30:00+08:00"));
        ledger.caseOf(agency, List.of(), held("2012-05-05T09:30:00+08:00"));
        ledger.importIt();

        String path = "/api/assessment/points/2011";
        String etag = given().get(path).then().statusCode(200).body("year", equalTo(2011)).extract().header("ETag");
        Json.put(path, etag, Map.of("points", -1)).statusCode(400).body("errors[0].field", equalTo("points"));
        Json.put(path, etag, Map.of("points", new BigDecimal("1.234"))).statusCode(400)
                .body("errors[0].field", equalTo("points"));
        String first = Json.put(path, etag, Map.of("points", 3)).statusCode(200)
                .body("setByBureau", equalTo(true)).extract().header("ETag");
        Json.put(path, first, Map.of("points", new BigDecimal("3.5"))).statusCode(200)
                .body("points", equalTo(3.5f));
        Json.put(path, first, Map.of("points", 9)).statusCode(412);
        given().get(path).then().body("points", equalTo(3.5f));

        JsonPath json = assessment(2011, agency);
        assertTrue(json.getBoolean("pointsSetByBureau"));
        assertEquals(0, new BigDecimal("3.5").compareTo(decimal(json, "agencies[0].deduction")));
        assertEquals(0, new BigDecimal("3.5").compareTo(decimal(figures(2011, agency),
                "agencies[0].assessmentDeduction")), "the figures use the bureau's points too");
        JsonPath years = given().queryParam("from", 2011).queryParam("to", 2012)
                .get("/api/metrics/agencies/" + agency + "/years").then().statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal("3.5").compareTo(decimal(years, "years[0].figures.assessmentDeduction")));
        BigDecimal points2012 = decimal(assessment(2012, agency), "pointsPerUnjustifiedAbsence");
        assertEquals(0, points2012.compareTo(decimal(years, "years[1].figures.assessmentDeduction")),
                "each year its own points");
    }

    @Test
    void csvHasABomChineseHeadersAndEveryCauseOfTheAgency() {
        Seeded seeded = seed();
        String[] lines = Exports.csvLines("/api/assessment", Map.of("year", 2012, "agencyCode", seeded.agency()));
        assertEquals(2, lines.length, "header and the one agency");
        assertEquals("机关编码,机关名称,机关类型,无正当理由未出庭数,每次扣分,扣分合计,扣分事由", lines[0]);
        String[] row = lines[1].split(",", -1);
        assertEquals(seeded.agency(), row[0]);
        assertEquals("测试机关" + seeded.agency(), row[1]);
        assertEquals("区政府部门", row[2]);
        assertEquals("3", row[3]);
        assertEquals(0, new BigDecimal(row[4]).multiply(BigDecimal.valueOf(3)).compareTo(new BigDecimal(row[5])));
        for (String caseNumber : seeded.unjustified()) {
            assertTrue(row[6].contains(caseNumber), row[6]);
        }
        assertTrue(row[6].contains(seeded.twoHearings() + "（" + COURT + "，开庭 2012-04-10、2012-06-20）"), row[6]);
    }

    @Test
    void workbookHasTheAgenciesWithATotalAndOneRowPerCause() throws Exception {
        Seeded seeded = seed();
        Response response = given().accept(XLSX).queryParam("year", 2012)
                .queryParam("agencyCode", seeded.agency()).get("/api/assessment");
        assertEquals(200, response.statusCode());
        assertEquals(XLSX, response.contentType());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet agencies = workbook.getSheet("考核扣分");
            assertEquals(List.of("机关编码", "机关名称", "机关类型", "无正当理由未出庭数", "每次扣分", "扣分合计"),
                    cells(agencies.getRow(0)));
            assertEquals(seeded.agency(), agencies.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3, agencies.getRow(1).getCell(3).getNumericCellValue());
            assertEquals("合计", agencies.getRow(2).getCell(1).getStringCellValue());
            assertEquals(agencies.getRow(1).getCell(5).getNumericCellValue(),
                    agencies.getRow(2).getCell(5).getNumericCellValue());

            Sheet causes = workbook.getSheet("扣分明细");
            assertEquals(List.of("机关编码", "机关名称", "案号", "法院", "案由", "应出庭案件", "开庭日期", "扣分"),
                    cells(causes.getRow(0)));
            assertEquals(3, causes.getLastRowNum(), "one row per unjustified absence");
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                numbers.add(causes.getRow(r).getCell(2).getStringCellValue());
                assertEquals(COURT, causes.getRow(r).getCell(3).getStringCellValue());
            }
            assertEquals(seeded.unjustified().stream().sorted().toList(), numbers.stream().sorted().toList());
            int mandatory = numbers.indexOf(seeded.unjustified().get(0)) + 1;
            assertEquals("是", causes.getRow(mandatory).getCell(5).getStringCellValue());
            assertEquals("2012-03-01", causes.getRow(mandatory).getCell(6).getStringCellValue());
        }
    }

    @Test
    void anAgencySeesOnlyItsOwnAssessment() {
        Seeded seeded = seed();
        String token = Fixtures.agencyToken(seeded.agency());
        Api.as(token).queryParam("year", 2012).get("/api/assessment").then().statusCode(200)
                .body("agencies.agencyCode", equalTo(List.of(seeded.agency())))
                .body("agencies[0].unjustifiedAbsences", equalTo(3));
        Api.as(token).queryParam("year", 2012).queryParam("agencyCode", seeded.clean()).get("/api/assessment")
                .then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        Api.as(token).contentType(ContentType.JSON).body(Map.of("points", 1)).header("If-Match", "*").put("/api/assessment/points/2011")
                .then().statusCode(403);
        given().get("/api/assessment").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            values.add(row.getCell(i).getStringCellValue());
        }
        return values;
    }
}
