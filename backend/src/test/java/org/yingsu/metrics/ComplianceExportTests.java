package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.MetricsSeed.Agency;
import org.yingsu.testing.Exports;

/** The same figures as CSV for Excel users and scripts, and as a workbook with Chinese headers. */
@QuarkusTest
class ComplianceExportTests {

    @Inject
    AgroalDataSource dataSource;

    private Agency agencyWithOneAttendedCase() {
        MetricsSeed seed = new MetricsSeed(dataSource);
        Agency agency = seed.agency("SUBDISTRICT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        seed.appeared(seed.held(seed.caseOf(agency), "2022-05-05T09:30:00+08:00"), agency, head);
        seed.held(seed.caseOf(agency), "2022-05-06T09:30:00+08:00");
        return agency;
    }

    @Test
    void csvStartsWithABomAndKeepsChineseHeadersAndNames() {
        Agency agency = agencyWithOneAttendedCase();
        String[] lines = Exports.csvLines("/api/metrics/compliance",
                Map.of("year", 2022, "agencyCode", agency.code()));
        assertEquals(5, lines.length, "header, one agency, three groups");
        assertTrue(lines[0].startsWith("机关编码,机关名称,机关类型,出庭通知数"), lines[0]);
        assertTrue(lines[0].contains(",出庭应诉率,"));
        String[] row = lines[1].split(",", -1);
        List<String> header = List.of(lines[0].split(","));
        assertEquals(agency.code(), row[0]);
        assertEquals("测试单位" + agency.code(), row[1]);
        assertEquals("镇街", row[2]);
        assertEquals("0.5", row[header.indexOf("出庭应诉率")]);
        assertEquals("", row[header.indexOf("败诉率")], "null rates are empty cells");
        assertEquals("BELOW_THRESHOLD;UNJUSTIFIED_ABSENCE;NO_ONE_APPEARED", row[header.indexOf("预警标记")]);
        assertTrue(lines[2].startsWith("DISTRICT_GOVERNMENT,区政府,汇总,"));
    }

    @Test
    void workbookHasChineseHeadersAndRatesFormattedAsPercent() throws Exception {
        Agency agency = agencyWithOneAttendedCase();
        Response response = given().accept(ComplianceWorkbookWriter.MEDIA_TYPE).queryParam("year", 2022)
                .queryParam("agencyCode", agency.code()).get("/api/metrics/compliance");
        assertEquals(200, response.statusCode());
        assertEquals(ComplianceWorkbookWriter.MEDIA_TYPE, response.contentType());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet agencies = workbook.getSheet(ComplianceWorkbookWriter.AGENCIES_SHEET);
            Row header = agencies.getRow(0);
            assertEquals("机关编码", header.getCell(0).getStringCellValue());
            assertEquals("机关名称", header.getCell(1).getStringCellValue());
            int rateColumn = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if ("出庭应诉率".equals(header.getCell(i).getStringCellValue())) {
                    rateColumn = i;
                }
            }
            Row row = agencies.getRow(1);
            assertEquals("测试单位" + agency.code(), row.getCell(1).getStringCellValue());
            assertEquals(0.5, row.getCell(rateColumn).getNumericCellValue());
            assertEquals("0.0%", row.getCell(rateColumn).getCellStyle().getDataFormatString());
            assertEquals("低于出庭应诉率要求、无正当理由未出庭、无人出庭",
                    row.getCell(header.getLastCellNum() - 1).getStringCellValue());
            Sheet groups = workbook.getSheet(ComplianceWorkbookWriter.GROUPS_SHEET);
            assertEquals("区政府部门和镇街", groups.getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aBadParameterIsAProblemEvenWhenCsvWasAskedFor() {
        given().accept("text/csv").queryParam("year", "abc").get("/api/metrics/compliance").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
    }

    @Test
    void jsonIsTheDefaultAndAnUnsupportedTypeIsRefused() {
        given().queryParam("year", 2022).get("/api/metrics/compliance").then().statusCode(200)
                .contentType("application/json");
        given().accept("application/xml").queryParam("year", 2022).get("/api/metrics/compliance").then()
                .statusCode(406).contentType("application/problem+json");
    }
}
