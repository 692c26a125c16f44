package org.yingsu.bulletins;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures.Quarter;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/** 季度通报 through the API: what a quarter's bulletin says, publishing it, and that a published one never changes. */
@QuarkusTest
class BulletinTests {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgroalDataSource dataSource;

    /** The agencies of a small district and its quarter; only this test has anything in that quarter. */
    private record District(Quarter quarter, String government, String transport, String housing, String town,
            String audit, String culture, String transportCase, String housingAbsence, String townAbsence) {
    }

    /**
     * 交通局 3 of 3 and 文化旅游委 2 of 2 (both 100.0%, tied first), 住房城乡建委 1 of 2 with one unjustified absence,
     * 木耳镇 0 of 1 unjustified, 审计局 0 of 1 justified by an approved delegation; the government notified twice,
     * its head attended both.
     */
    private static District district() {
        Quarter quarter = Fixtures.unpublishedQuarter();
        BulletinLedger ledger = new BulletinLedger(quarter);
        String government = ledger.agency("重庆市渝北区人民政府", "DISTRICT_GOVERNMENT");
        String transport = ledger.agency("重庆市渝北区交通局", "DEPARTMENT");
        String housing = ledger.agency("重庆市渝北区住房和城乡建设委员会", "DEPARTMENT");
        String town = ledger.agency("重庆市渝北区木耳镇人民政府", "SUBDISTRICT");
        String audit = ledger.agency("重庆市渝北区审计局", "DEPARTMENT");
        String culture = ledger.agency("重庆市渝北区文化和旅游发展委员会", "DEPARTMENT");
        ledger.noticed(government, true);
        ledger.noticed(government, true);
        String transportCase = ledger.heard(transport, true);
        ledger.heard(transport, true);
        ledger.heard(transport, true);
        ledger.heard(culture, true);
        ledger.heard(culture, true);
        ledger.heard(housing, true);
        String housingAbsence = ledger.heard(housing, false);
        String townAbsence = ledger.heard(town, false);
        ledger.heardWithApprovedDelegation(audit);
        ledger.importIt();
        return new District(quarter, government, transport, housing, town, audit, culture, transportCase,
                housingAbsence, townAbsence);
    }

    private static JsonPath preview(Quarter quarter) {
        return given().queryParam("year", quarter.year()).queryParam("quarter", quarter.quarter())
                .get("/api/bulletins/preview").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath publish(Quarter quarter) {
        return Json.post("/api/bulletins", Map.of("year", quarter.year(), "quarter", quarter.quarter()))
                .statusCode(201).header("Location", containsString("/api/bulletins/")).extract().jsonPath();
    }

    @Test
    void thePreviewRanksNamesAndFlagsTheQuartersAgencies() {
        District d = district();
        JsonPath draft = preview(d.quarter());
        assertNull(draft.get("current"));
        JsonPath content = new JsonPath(draft.prettify()).setRootPath("content");
        assertEquals("关于" + d.quarter().year() + "年第" + "一二三四".charAt(d.quarter().quarter() - 1)
                + "季度全区行政机关负责人出庭应诉情况的通报", content.getString("title"));
        assertEquals("重庆市渝北区司法局", content.getString("issuer"));

        // Groups sum their agencies: 9 cases of departments and 镇街 heard, 6 with the head; the government's notices
        // 2 of 2.
        assertEquals(List.of("DISTRICT_GOVERNMENT", "DEPARTMENTS_AND_SUBDISTRICTS", "ALL"),
                content.getList("groups.group"));
        assertEquals(2, content.getInt("groups[0].noticesReceived"));
        assertEquals(1.0, content.getDouble("groups[0].noticeAppearanceRate"));
        assertEquals(9, content.getInt("groups[1].casesHeard"));
        assertEquals(6, content.getInt("groups[1].casesHeardWithHead"));
        assertEquals(2 / 3.0, content.getDouble("groups[1].appearanceRate"), 1e-6);
        assertEquals(11, content.getInt("groups[2].casesHeard"));

        // Ties on the printed rate share a rank; more cases heard come first; the government is not ranked.
        assertEquals(List.of(d.transport(), d.culture(), d.housing(), d.town(), d.audit()),
                content.getList("ranking.agencyCode"));
        assertEquals(List.of(1, 1, 3, 4, 4), content.getList("ranking.rank"));
        assertEquals(List.of(d.town(), d.audit(), d.housing()), content.getList("belowThreshold.agencyCode"));
        assertEquals(List.of(d.town(), d.audit()), content.getList("zeroRate.agencyCode"));

        // Only the unjustified absences are named, with their hearing dates; the approved delegation is not.
        assertEquals(List.of(d.housingAbsence(), d.townAbsence()),
                content.getList("unjustifiedAbsences.caseNumber"));
        assertEquals(List.of("重庆市渝北区住房和城乡建设委员会", "重庆市渝北区木耳镇人民政府"),
                content.getList("unjustifiedAbsences.agencyName"));
        assertEquals(1, content.getList("unjustifiedAbsences[0].hearingDates").size());
        assertTrue(content.getString("unjustifiedAbsences[0].hearingDates[0]")
                .startsWith(Integer.toString(d.quarter().year())));
        // The year's points per absence (2 unless the bureau set others for the year), and their sum.
        double points = content.getDouble("pointsPerUnjustifiedAbsence");
        assertEquals(points, content.getDouble("unjustifiedAbsences[0].points"));
        assertEquals(List.of(points, points), content.getList("unjustifiedAbsences.points", Double.class));

        // The flags, gravest first: 木耳镇 at zero with an unjustified absence before 审计局 at zero.
        assertEquals(List.of(d.town(), d.audit(), d.housing()), content.getList("flagged.agencyCode"));
        assertEquals(List.of("ZERO_RATE_INTERVIEW", "NO_ONE_APPEARED", "UNJUSTIFIED_ABSENCE", "BELOW_THRESHOLD"),
                content.getList("flagged[0].flags"));
        assertEquals("开庭1件均无负责人出庭；无人出庭1次；无正当理由未出庭1件",
                content.getString("flagged[0].details"));
        assertEquals(List.of("ZERO_RATE_INTERVIEW", "BELOW_THRESHOLD"), content.getList("flagged[1].flags"));
        assertEquals("无人出庭1次；无正当理由未出庭1件；出庭应诉率50.0%", content.getString("flagged[2].details"));

        // The prose says it as the bureau writes it, figures to one decimal.
        List<String> overview = content.getList("sections[0].paragraphs");
        assertTrue(overview.get(0).contains("共开庭11件，有8件案件行政机关负责人出庭应诉，出庭应诉率为72.7%"),
                overview.get(0));
        assertTrue(overview.get(2).contains("共开庭9件，有6件案件行政机关负责人出庭应诉，行政机关负责人出庭应诉率为66.7%"),
                overview.get(2));
        assertTrue(overview.get(1).contains("人民法院发出负责人出庭应诉通知2件，区政府负责人出庭应诉2次，区政府负责人出庭应诉率"
                + "100.0%"), overview.get(1));
        assertEquals(List.of("OVERVIEW", "RANKING", "BELOW_THRESHOLD", "ZERO_RATE", "UNJUSTIFIED_ABSENCES",
                "FLAGS", "REFERRALS", "REQUIREMENTS"), content.getList("sections.key"));
        assertTrue(content.getString("sections[3].paragraphs[0]").contains(
                "重庆市渝北区木耳镇人民政府、重庆市渝北区审计局。按照规定，区司法局将对上述单位进行约谈"));
        assertTrue(content.getString("sections[4].paragraphs[0]").contains("共2件，涉及2个单位"));
        assertTrue(content.getString("sections[4].paragraphs[0]").contains("共计扣减"
                + new java.math.BigDecimal(Double.toString(points * 2)).stripTrailingZeros().toPlainString() + "分"));
    }

    @Test
    void publishingNumbersAndKeepsTheBulletinAsPreviewedAndASecondPublicationIsRefused() {
        District d = district();
        Map<String, Object> previewed = preview(d.quarter()).getMap("content");
        JsonPath published = publish(d.quarter());
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String number = published.getString("summary.number");
        assertTrue(number.matches("渝北司法应诉通〔" + year + "〕\\d+号"), number);
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), published.getString("summary.publishedOn"));
        assertEquals(1, published.getInt("summary.revision"));
        assertEquals(previewed, published.getMap("content"));
        long id = published.getLong("summary.id");

        given().get("/api/bulletins/" + id).then().statusCode(200)
                .body("summary.number", equalTo(number)).body("content.ranking[0].agencyCode", equalTo(d.transport()));
        given().queryParam("year", d.quarter().year()).get("/api/bulletins").then().statusCode(200)
                .body(inQuarter(d.quarter(), "number"), contains(number))
                .body(inQuarter(d.quarter(), "title[0]"), startsWith("关于" + d.quarter().year() + "年"));
        given().queryParam("year", d.quarter().year()).queryParam("quarter", d.quarter().quarter())
                .get("/api/bulletins/preview").then().body("current.number", equalTo(number));

        // Publishing the same quarter again does not duplicate it: 409, and it names the bulletin in force.
        Json.post("/api/bulletins", Map.of("year", d.quarter().year(), "quarter", d.quarter().quarter()))
                .statusCode(409).body("detail", containsString(number)).body("detail", containsString("supersedes="));
        given().queryParam("year", d.quarter().year()).get("/api/bulletins").then()
                .body(inQuarter(d.quarter(), "number"), contains(number));
    }

    @Test
    void aPublishedBulletinStaysAsPublishedWhenTheFiguresChangeAndTheDatabaseRefusesToChangeIt() throws Exception {
        District d = district();
        JsonPath published = publish(d.quarter());
        long id = published.getLong("summary.id");
        String json = given().get("/api/bulletins/" + id).then().statusCode(200).extract().asString();
        String pdfText = pdfText(id);
        List<List<String>> workbook = workbook(id);
        assertTrue(pdfText.contains("重庆市渝北区木耳镇人民政府"), pdfText);

        // The court reports a new held hearing: 木耳镇's head appeared in a second case of the quarter.
        Json.post("/api/intake/cases", List.of(Map.of("court", BulletinLedger.COURT,
                "caseNumber", Fixtures.unique("（" + d.quarter().year() + "）渝0112行初"), "trialLevel", "FIRST_INSTANCE",
                "defendants", List.of(d.town()), "hearings", List.of(Map.of(
                        "scheduledAt", d.quarter().date(3, 30) + "T15:00:00+08:00", "status", "HELD",
                        "appearances", List.of(Map.of("officialCode", d.town() + "-H", "spoke", true)))))))
                .statusCode(200);

        JsonPath changed = preview(d.quarter());
        assertEquals(List.of(d.transport(), d.culture(), d.housing(), d.town(), d.audit()),
                changed.getList("content.ranking.agencyCode"));
        assertEquals(0.5, changed.getDouble("content.ranking[3].appearanceRate"), "the preview is live");
        assertEquals(List.of(d.audit()), changed.getList("content.zeroRate.agencyCode"));

        assertEquals(json, given().get("/api/bulletins/" + id).then().statusCode(200).extract().asString());
        assertEquals(pdfText, pdfText(id));
        assertEquals(workbook, workbook(id));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "update bulletin set content = jsonb_set(content, '{title}', '\"改过的标题\"') where id = " + id));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from bulletin where id = " + id));
        }
        assertEquals(json, given().get("/api/bulletins/" + id).then().extract().asString());
        given().put("/api/bulletins/" + id).then().statusCode(405);
        given().delete("/api/bulletins/" + id).then().statusCode(405);
    }

    @Test
    void aCorrectionSupersedesTheBulletinInForceWithANewNumberAndLeavesTheOldOneAsItWas() {
        District d = district();
        JsonPath first = publish(d.quarter());
        long firstId = first.getLong("summary.id");
        String firstNumber = first.getString("summary.number");
        String firstJson = given().get("/api/bulletins/" + firstId).then().extract().path("content").toString();
        Map<String, Object> correction = new HashMap<>(Map.of("year", d.quarter().year(),
                "quarter", d.quarter().quarter(), "supersedes", firstId));

        Json.post("/api/bulletins", correction).statusCode(400).body("errors[0].field", equalTo("correctionReason"));
        correction.put("correctionReason", "木耳镇补报一件负责人出庭的案件");
        JsonPath second = Json.post("/api/bulletins", correction).statusCode(201).extract().jsonPath();
        assertEquals(2, second.getInt("summary.revision"));
        assertEquals(firstId, second.getLong("summary.supersedesId"));
        assertEquals(firstNumber, second.getString("summary.supersedesNumber"));
        assertNotEquals(firstNumber, second.getString("summary.number"));
        assertEquals(sequence(firstNumber) + 1, sequence(second.getString("summary.number")),
                "no other bulletin was published in between");

        given().get("/api/bulletins/" + firstId).then().statusCode(200)
                .body("summary.supersededByNumber", equalTo(second.getString("summary.number")))
                .body("summary.revision", equalTo(1));
        assertEquals(firstJson, given().get("/api/bulletins/" + firstId).then().extract().path("content").toString());
        given().queryParam("year", d.quarter().year()).get("/api/bulletins").then()
                .body(inQuarter(d.quarter(), "number"), contains(second.getString("summary.number"), firstNumber));

        // Only the bulletin in force can be corrected, and only by a bulletin of its own quarter.
        Json.post("/api/bulletins", correction).statusCode(409)
                .body("detail", containsString(second.getString("summary.number")));
        Quarter other = Fixtures.unpublishedQuarter();
        Json.post("/api/bulletins", Map.of("year", other.year(), "quarter", other.quarter(),
                        "supersedes", second.getLong("summary.id"), "correctionReason", "换一个季度"))
                .statusCode(422).body("errors[0].field", equalTo("supersedes"));
        Json.post("/api/bulletins", Map.of("year", other.year(), "quarter", other.quarter(),
                "correctionReason", "不是更正")).statusCode(400).body("errors[0].field", equalTo("correctionReason"));
        given().queryParam("year", other.year()).get("/api/bulletins").then()
                .body("quarter", not(hasItem(other.quarter())));
    }

    @Test
    void badPeriodsAreRefusedWithTheFieldNamedAndNothingIsPublished() {
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        given().queryParam("year", 2022).queryParam("quarter", 5).get("/api/bulletins/preview").then()
                .statusCode(400).body("errors[0].field", equalTo("quarter"));
        given().queryParam("quarter", 1).get("/api/bulletins/preview").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", nextYear).queryParam("quarter", 1).get("/api/bulletins/preview").then()
                .statusCode(400).body("errors[0].field", equalTo("quarter"));
        Json.post("/api/bulletins", Map.of("year", nextYear, "quarter", 1)).statusCode(400)
                .body("errors[0].field", equalTo("quarter")).body("detail", containsString("has not ended"));
        Json.post("/api/bulletins", Map.of("year", 2022)).statusCode(400)
                .body("errors.field", hasItem("quarter"));
        Json.post("/api/bulletins", Map.of("year", 2022, "quarter", 4, "number", "自定文号")).statusCode(400)
                .body("errors[0].field", equalTo("number"));
        given().queryParam("year", nextYear).get("/api/bulletins").then().statusCode(200)
                .body("size()", equalTo(0));
        given().get("/api/bulletins/999999999").then().statusCode(404);
    }

    @Test
    void everyAgencyReadsThePublishedBulletinWholeButOnlyTheBureauPreviewsAndPublishes() {
        District d = district();
        long id = publish(d.quarter()).getLong("summary.id");
        String otherAgency = Fixtures.agency("DEPARTMENT");
        String agencyToken = Fixtures.token("AGENCY", otherAgency);
        String readerToken = Fixtures.token("READER", null);
        String courtToken = Fixtures.token("COURT", null);
        // A bulletin is sent to all agencies of the district: an agency outside it sees every name in it.
        Api.as(agencyToken).get("/api/bulletins/" + id).then().statusCode(200)
                .body("content.ranking.agencyCode", hasItems(d.transport(), d.town()));
        Api.as(agencyToken).queryParam("year", d.quarter().year()).get("/api/bulletins").then().statusCode(200)
                .body("id", hasItem((int) id));
        Api.as(readerToken).accept(PDF).get("/api/bulletins/" + id).then().statusCode(200).contentType(PDF);
        Api.as(courtToken).get("/api/bulletins/" + id).then().statusCode(403);
        Api.as(agencyToken).queryParam("year", d.quarter().year()).queryParam("quarter", d.quarter().quarter())
                .get("/api/bulletins/preview").then().statusCode(403);
        Api.as(agencyToken).contentType(ContentType.JSON).body(Map.of("year", 2020, "quarter", 1))
                .post("/api/bulletins").then().statusCode(403);
        Api.anonymous().get("/api/bulletins").then().statusCode(401);
        Api.as(readerToken).accept(XLSX).get("/api/bulletins/" + id).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''"));
    }

    @Test
    void theWorkbookHoldsTheTextAndEachTableWithRatesAsNumbers() throws IOException {
        District d = district();
        long id = publish(d.quarter()).getLong("summary.id");
        byte[] bytes = given().accept(XLSX).get("/api/bulletins/" + id).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("通报", "总体情况", "出庭应诉率排名", "未达标单位", "出庭应诉率为零单位", "无正当理由未出庭案件",
                    "预警情况"), sheetNames(workbook));
            assertTrue(workbook.getSheet("通报").getRow(0).getCell(0).getStringCellValue().startsWith("关于"));
            Sheet ranking = workbook.getSheet("出庭应诉率排名");
            assertEquals("名次", ranking.getRow(0).getCell(0).getStringCellValue());
            assertEquals("重庆市渝北区住房和城乡建设委员会", ranking.getRow(3).getCell(1).getStringCellValue());
            Cell rate = ranking.getRow(3).getCell(4);
            assertEquals(0.5, rate.getNumericCellValue());
            assertEquals("50.0%", new DataFormatter().formatCellValue(rate));
            Sheet absences = workbook.getSheet("无正当理由未出庭案件");
            assertEquals(d.townAbsence(), absences.getRow(2).getCell(2).getStringCellValue());
        }
    }

    /** A path into a year's list that keeps only the bulletins of this quarter (other tests may publish the year). */
    private static String inQuarter(Quarter quarter, String path) {
        return "findAll { it.quarter == " + quarter.quarter() + " }." + path;
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号$", "$1"));
    }

    private static String pdfText(long id) throws IOException {
        byte[] bytes = given().accept(PDF).get("/api/bulletins/" + id).then().statusCode(200).contentType(PDF)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<List<String>> workbook(long id) throws IOException {
        byte[] bytes = given().accept(XLSX).get("/api/bulletins/" + id).then().statusCode(200).extract().asByteArray();
        List<List<String>> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>(List.of(sheet.getSheetName()));
                    row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
                    cells.add(values);
                }
            }
        }
        return cells;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
