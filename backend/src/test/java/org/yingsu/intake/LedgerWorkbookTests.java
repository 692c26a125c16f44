package org.yingsu.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

@QuarkusTest
class LedgerWorkbookTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theTemplateHasOneSheetPerCollectionWithChineseHeaders() throws IOException {
        try (Workbook workbook = template()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("机关", "人员", "案件", "开庭", "出庭通知书", "出庭记录", "委托出庭", "裁判结果", "说明"), names);
            assertEquals(List.of("法院", "案号", "审级", "立案日期", "案由", "原告", "被告机关代码", "必须出庭类别",
                    "负责人出庭的被告机关代码", "指定依据", "承办部门代码"), headers(workbook.getSheet("案件")));
            assertEquals(List.of("法院", "案号", "开庭时间", "机关代码", "事由类别", "具体理由", "受托人员代码", "提交日期",
                    "审核状态", "法院审查意见"), headers(workbook.getSheet("委托出庭")));
            assertEquals(List.of("法院", "案号", "开庭时间", "机关代码", "人员代码", "是否出声", "是否中途退庭", "身份证明状态",
                    "记录来源"), headers(workbook.getSheet("出庭记录")));
        }
    }

    @Test
    void aFilledTemplateRoundTripsAndASecondImportChangesNothing() throws IOException {
        String agency = Fixtures.unique("XL");
        String number = Samples.caseNumber();
        byte[] filled;
        try (Workbook workbook = template()) {
            fill(workbook, agency, number, agency + "-STAFF");
            filled = bytes(workbook);
        }
        upload(filled).then().statusCode(200)
                .body("agencies.created", equalTo(1)).body("officials.created", equalTo(2))
                .body("cases.created", equalTo(1)).body("hearings.created", equalTo(2))
                .body("notices.created", equalTo(1)).body("appearances.created", equalTo(1))
                .body("delegations.created", equalTo(1)).body("outcomes.created", equalTo(1));
        upload(filled).then().statusCode(200)
                .body("cases.unchanged", equalTo(1)).body("hearings.unchanged", equalTo(2))
                .body("appearances.unchanged", equalTo(1)).body("delegations.unchanged", equalTo(1))
                .body("officials.unchanged", equalTo(2)).body("agencies.unchanged", equalTo(1));
        given().get("/api/officials/" + agency + "-HEAD").then().statusCode(200).body("role", equalTo("DEPUTY"))
                .body("agencyCode", equalTo(agency));
    }

    @Test
    void anErrorNamesItsSheetRowAndColumn() throws IOException {
        String agency = Fixtures.unique("XL");
        byte[] filled;
        try (Workbook workbook = template()) {
            fill(workbook, agency, Samples.caseNumber(), "NOBODY-9");
            // A cell that cannot be read at all is reported on its own.
            filled = bytes(workbook);
        }
        upload(filled).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("委托出庭!G2"))
                .body("errors[0].message", equalTo("（受托人员代码） no official has the code NOBODY-9"));

        try (Workbook workbook = template()) {
            fill(workbook, agency, Samples.caseNumber(), agency + "-STAFF");
            workbook.getSheet("案件").getRow(1).getCell(2).setCellValue("四审");
            workbook.getSheet("开庭").getRow(2).getCell(2).setCellValue("下周二");
            filled = bytes(workbook);
        }
        upload(filled).then().statusCode(422)
                .body("errors.field", hasItem("案件!C2"))
                .body("errors.field", hasItem("开庭!C3"))
                .body("errors.find { it.field == '案件!C2' }.message", startsWith("（审级） “四审”不是可选的值"));
        given().get("/api/agencies/" + agency).then().statusCode(404);
    }

    /**
     * art. 3, R4 and art. 9 in the workbook: the designated co-defendant, the handling department and the court's
     * finding are read from their columns, stored as the JSON ledger stores them, and counted by the figures.
     */
    @Test
    void art3Art9TheDesignationHandlingDepartmentAndCourtFindingColumnsImportAndCount() throws IOException {
        String government = Fixtures.unique("XG");
        String department = Fixtures.unique("XD");
        String number = Samples.caseNumber();
        String court = Samples.COURT;
        byte[] filled;
        try (Workbook workbook = template()) {
            row(workbook, "机关", government, "测试区人民政府", "区政府", null);
            row(workbook, "机关", department, "测试区司法局", "区政府部门", null);
            row(workbook, "人员", department + "-STAFF", department, "周某", "STAFF", "科员", "2020-01-01", null);
            row(workbook, "案件", court, number, "一审", "2022-01-05", "行政复议", "李某", government + "、" + department,
                    null, department, "人民法院指定", department);
            row(workbook, "开庭", court, number, "2022-03-01 09:30", "已开庭");
            row(workbook, "委托出庭", court, number, "2022-03-01 09:30", department, "需要履行他人不能代替的公务",
                    "局长当日须出席市委全面依法治市会议", department + "-STAFF", "2022-02-25", "已批准", "法院不予认可");
            filled = bytes(workbook);
        }
        upload(filled).then().log().ifValidationFails().statusCode(200).body("cases.created", equalTo(1))
                .body("delegations.created", equalTo(1));
        long caseId = given().queryParam("q", number).get("/api/cases").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        given().get("/api/cases/" + caseId).then().statusCode(200)
                .body("appearanceDesignation.defendants", equalTo(List.of(department)))
                .body("appearanceDesignation.basis", equalTo("COURT"))
                .body("handlingAgencyCode", equalTo(department));
        given().queryParam("caseId", caseId).get("/api/delegations").then().statusCode(200)
                .body("items[0].status", equalTo("APPROVED")).body("items[0].courtFinding", equalTo("NOT_ACCEPTED"));

        // Only the designated department owes the duty; the court's refusal leaves its absence unjustified.
        given().queryParam("year", 2022).queryParam("agencyCode", government).get("/api/metrics/compliance").then()
                .statusCode(200).body("agencies[0].casesHeard", equalTo(0));
        given().queryParam("year", 2022).queryParam("agencyCode", department).get("/api/metrics/compliance").then()
                .statusCode(200).body("agencies[0].casesHeard", equalTo(1))
                .body("agencies[0].unjustifiedAbsences", equalTo(1));

        // A re-import with the same cells changes nothing.
        upload(filled).then().statusCode(200).body("cases.unchanged", equalTo(1))
                .body("delegations.unchanged", equalTo(1));
    }

    @Test
    void art3ADesignationNamesItsCellsWhenItIsNotADefendantOrHasNoBasis() throws IOException {
        String agency = Fixtures.unique("XL");
        String stranger = Fixtures.agency("DEPARTMENT");
        byte[] filled;
        try (Workbook workbook = template()) {
            fill(workbook, agency, Samples.caseNumber(), agency + "-STAFF");
            workbook.getSheet("案件").getRow(1).createCell(8).setCellValue(stranger);
            filled = bytes(workbook);
        }
        // Not a defendant of the case, and no basis given: both named at their cells.
        upload(filled).then().log().ifValidationFails().statusCode(422)
                .body("errors.field", hasItem("案件!I2"))
                .body("errors.field", hasItem("案件!J2"));
        given().get("/api/agencies/" + agency).then().statusCode(404);

        try (Workbook workbook = template()) {
            fill(workbook, agency, Samples.caseNumber(), agency + "-STAFF");
            workbook.getSheet("委托出庭").getRow(1).createCell(9).setCellValue("大概认可");
            filled = bytes(workbook);
        }
        upload(filled).then().statusCode(422)
                .body("errors[0].field", equalTo("委托出庭!J2"))
                .body("errors[0].message", startsWith("（法院审查意见） “大概认可”不是可选的值"));
        given().get("/api/agencies/" + agency).then().statusCode(404);
    }

    @Test
    void somethingThatIsNotAWorkbookIs400() {
        given().contentType(XLSX).body("not a zip".getBytes()).post("/api/imports/ledger")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    private static void fill(Workbook workbook, String agency, String number, String delegate) {
        String court = Samples.COURT;
        row(workbook, "机关", agency, "测试区市场监督管理局", "区政府部门", null);
        row(workbook, "人员", agency + "-HEAD", agency, "李某", "副职负责人", "副局长", "2020-01-01", null);
        row(workbook, "人员", agency + "-STAFF", agency, "王某", "STAFF", "科员", "2020-01-01", null);
        row(workbook, "案件", court, number, "一审", "2022-01-05", "行政处罚", "李某、赵某", agency, "社会高度关注");
        Sheet hearings = workbook.getSheet("开庭");
        Row held = row(workbook, "开庭", court, number, null, "已开庭");
        Cell when = held.getCell(2);
        when.setCellValue(LocalDateTime.of(2022, 3, 1, 9, 30));
        when.setCellStyle(hearings.getColumnStyle(2));
        row(workbook, "开庭", court, number, "2022-04-01 14:00", "已排期");
        row(workbook, "出庭通知书", court, number, "2022-03-01 09:30", number + "之一", agency, "2022-02-20", null);
        row(workbook, "出庭记录", court, number, "2022-03-01 09:30", agency, agency + "-HEAD", "是", "否", null, null);
        row(workbook, "委托出庭", court, number, "2022-04-01 14:00", agency, "需要履行他人不能代替的公务",
                "当日须出席区人大常委会会议汇报工作", delegate, "2022-03-25", null);
        row(workbook, "裁判结果", court, number, "驳回诉讼请求", "2022-06-01", "否");
    }

    private static Row row(Workbook workbook, String sheetName, String... values) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] != null) {
                cell.setCellValue(values[i]);
            }
        }
        return row;
    }

    private static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> out.add(cell.getStringCellValue()));
        return out;
    }

    private static Workbook template() throws IOException {
        byte[] bytes = given().get("/api/imports/ledger/template").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        assertNotNull(bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static io.restassured.response.Response upload(byte[] workbook) {
        return given().contentType(XLSX).body(workbook).post("/api/imports/ledger");
    }
}
