package org.yingsu.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/**
 * Corresponding staff (R4, 法释〔2020〕3号 art. 10; 《行诉解释》art. 130(2)), designation (art. 3) and notices that are
 * never moved (R5), through court intake, the ledger and the single-record API: one rule set for all of them.
 */
@QuarkusTest
class DutyStandingTests {

    /** %test.yingsu.bureau.agency-code in application.properties. */
    private static final String BUREAU = "TEST-BUREAU";

    private static Map<String, Object> agency(String code, String kind, String parent) {
        Map<String, Object> a = new HashMap<>();
        a.put("code", code);
        a.put("name", "测试单位" + code);
        a.put("kind", kind);
        a.put("parentCode", parent);
        return a;
    }

    private static Map<String, Object> official(String code, String agency, String role) {
        Map<String, Object> o = new HashMap<>();
        o.put("code", code);
        o.put("agencyCode", agency);
        o.put("name", "李某");
        o.put("role", role);
        o.put("title", role.equals("STAFF") ? "科员" : "主任");
        o.put("validFrom", "2020-01-01");
        o.put("validTo", null);
        return o;
    }

    private static void ledger(List<Map<String, Object>> agencies, List<Map<String, Object>> officials,
            List<Map<String, Object>> cases) {
        Json.post("/api/imports/ledger", Map.of("format", "yingsu-ledger/1", "agencies", agencies,
                "officials", officials, "cases", cases)).statusCode(200);
    }

    private static long caseId(String caseNumber) {
        return given().queryParam("q", caseNumber).get("/api/cases").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    private static JsonPath year(String agencyCode) {
        return given().queryParam("year", 2022).queryParam("agencyCode", agencyCode).get("/api/metrics/compliance")
                .then().statusCode(200).extract().jsonPath().setRootPath("agencies[0]");
    }

    @Test
    void r4Art10AHeadOfALowerLevelBodyPushedByTheCourtIsPresentStaffNeverTheDefendantsHead() {
        String department = Fixtures.unique("SD");
        String lower = department + "-SUB";
        ledger(List.of(agency(department, "DEPARTMENT", null), agency(lower, "OTHER", department)),
                List.of(official(lower + "-H", lower, "PRINCIPAL")), List.of());
        Map<String, Object> appearance = Samples.appearance(department, lower + "-H", true);
        Json.post("/api/intake/cases", List.of(Samples.caseDoc(Samples.caseNumber(), List.of(department),
                List.of(Samples.hearing("2022-04-01T09:30:00+08:00", "HELD", List.of(), List.of(appearance),
                        List.of()))))).statusCode(200).body("created", equalTo(1));

        JsonPath f = year(department);
        assertEquals(List.of(1, 0, 0), List.of(f.getInt("casesHeard"), f.getInt("casesHeardWithHead"),
                f.getInt("noOneAppeared")), "heard, not by the head, but someone stood for the agency");
        // An official of an unrelated body is refused, naming the item.
        String stranger = Fixtures.unique("SX");
        ledger(List.of(agency(stranger, "DEPARTMENT", null)), List.of(official(stranger + "-H", stranger,
                "PRINCIPAL")), List.of());
        Json.post("/api/intake/cases", List.of(Samples.caseDoc(Samples.caseNumber(), List.of(department),
                List.of(Samples.hearing("2022-04-02T09:30:00+08:00", "HELD", List.of(),
                        List.of(Samples.appearance(department, stranger + "-H", true)), List.of())))))
                .statusCode(422).body("errors[0].field", equalTo("[0].hearings[0].appearances[0].officialCode"));
    }

    @Test
    void r4Art130TheGovernmentsCaseMayBeDelegatedToTheBureausStaffByTheLedgerAndTheApi() {
        String government = Fixtures.unique("SG");
        ledger(List.of(agency(government, "DISTRICT_GOVERNMENT", null), agency(BUREAU, "DEPARTMENT", null)),
                List.of(official(BUREAU + "-STAFF", BUREAU, "STAFF")), List.of());
        Map<String, Object> delegation = Samples.delegation(government, BUREAU + "-STAFF", "2022-05-01");
        String number = Samples.caseNumber();
        ledger(List.of(), List.of(), List.of(Samples.caseDoc(number, List.of(government), List.of(Samples.hearing(
                "2022-05-10T09:30:00+08:00", "HELD", List.of(), List.of(), List.of(delegation))))));
        assertEquals(1, year(government).getInt("justifiedAbsences"));

        long hearingId = given().queryParam("caseId", caseId(number)).get("/api/hearings").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> body = new HashMap<>();
        body.put("hearingId", hearingId);
        body.put("agencyCode", government);
        body.put("reasonCategory", "NON_DELEGABLE_DUTY");
        body.put("reason", "同日须参加市政府专题会议，无法出庭应诉");
        body.put("delegateOfficialCode", BUREAU + "-STAFF");
        Json.post("/api/delegations", body).statusCode(201);
    }

    @Test
    void art3TheDesignationPushedByTheCourtIsShownOnTheCaseAndDecidesWhoMustAppear() {
        String government = Fixtures.unique("SG");
        String department = Fixtures.unique("SD");
        ledger(List.of(agency(government, "DISTRICT_GOVERNMENT", null), agency(department, "DEPARTMENT", null)),
                List.of(), List.of());
        Map<String, Object> doc = Samples.caseDoc(Samples.caseNumber(), List.of(government, department),
                List.of(Samples.hearing("2022-06-01T09:30:00+08:00", "HELD", List.of(), List.of(), List.of())));
        doc.put("appearanceDesignation", Map.of("defendants", List.of(department), "basis", "COURT"));
        Json.post("/api/intake/cases", List.of(doc)).statusCode(200);

        assertEquals(1, year(department).getInt("unjustifiedAbsences"));
        assertEquals(0, year(government).getInt("casesHeard"));
        given().get("/api/cases/" + caseId((String) doc.get("caseNumber"))).then().statusCode(200)
                .body("appearanceDesignation.defendants", equalTo(List.of(department)))
                .body("appearanceDesignation.basis", equalTo("COURT"));

        doc.put("appearanceDesignation", Map.of("defendants", List.of(Fixtures.unique("NOWHERE")), "basis",
                "COURT"));
        Json.post("/api/intake/cases", List.of(doc)).statusCode(422)
                .body("errors[0].field", equalTo("[0].appearanceDesignation.defendants[0]"));
    }

    @Test
    void r5ANoticeNumberBoundToAnotherCaseIsRefusedNamingTheItemAndNeverMoved() {
        String department = Fixtures.unique("SD");
        ledger(List.of(agency(department, "DEPARTMENT", null)), List.of(), List.of());
        String notice = Fixtures.unique("（2022）渝0112行初通知");
        Json.post("/api/intake/cases", List.of(Samples.caseDoc(Samples.caseNumber(), List.of(department),
                List.of(Samples.hearing("2022-07-01T09:30:00+08:00", "HELD",
                        List.of(Samples.notice(notice, department, "2022-06-20")), List.of(), List.of())))))
                .statusCode(200);
        Json.post("/api/intake/cases", List.of(Samples.caseDoc(Samples.caseNumber(), List.of(department),
                List.of(Samples.hearing("2022-07-02T09:30:00+08:00", "HELD",
                        List.of(Samples.notice(notice, department, "2022-06-21")), List.of(), List.of())))))
                .statusCode(422).body("errors[0].field", equalTo("[0].hearings[0].notices[0].number"))
                .body("errors[0].message", containsString("never moved"));
        assertEquals(1, year(department).getInt("noticesReceived"), "the notice stayed where it was");
    }
}
