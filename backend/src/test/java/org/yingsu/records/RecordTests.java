package org.yingsu.records;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/** 述法: a head's personal record of a year, through the HTTP API. */
@QuarkusTest
class RecordTests {

    /** A department whose principal head took office on 2021-06-01, with a staff member and a year of cases. */
    private record Year(String agency, String head, String staff, String earlier, String silent, String delegated,
            String nextYear, String observed, long observation) {
    }

    private static String caseNumber(long caseId) {
        return given().get("/api/cases/" + caseId).then().statusCode(200).extract().path("caseNumber");
    }

    private static Year year() {
        String agency = Fixtures.agency("DEPARTMENT");
        String head = official(agency, "PRINCIPAL", "钱局长", "2021-06-01");
        String staff = official(agency, "STAFF", "赵科长", "2020-01-01");
        // Heard before the head took office, nobody present: not the head's to answer for.
        long earlier = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        Fixtures.hearing(earlier, "2021-03-01T09:30:00+08:00", "HELD");
        // The head appeared and did not speak; the proof is still pending.
        long silent = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        long silentHearing = Fixtures.hearing(silent, "2021-07-01T09:30:00+08:00", "HELD");
        Json.post("/api/appearances", Map.of("hearingId", silentHearing, "officialCode", head, "spoke", false,
                "identityStatus", "PENDING")).statusCode(201);
        // Nobody appeared; the delegation came after the hearing and cannot justify it (R5).
        long delegated = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        long delegatedHearing = Fixtures.hearing(delegated, "2021-08-10T09:30:00+08:00", "HELD");
        Json.post("/api/delegations", Map.of("hearingId", delegatedHearing, "agencyCode", agency,
                "reasonCategory", "NON_DELEGABLE_DUTY", "reason", "局长当日出席市政府常务会议，需要履行他人不能代替的公务",
                "delegateOfficialCode", staff)).statusCode(201);
        // 00:30 on New Year's Day in Shanghai is still 2021 in UTC: it belongs to 2022 (R8).
        long nextYear = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        long nextYearHearing = Fixtures.hearing(nextYear, "2022-01-01T00:30:00+08:00", "HELD");
        Json.post("/api/appearances", Map.of("hearingId", nextYearHearing, "officialCode", head, "spoke", true))
                .statusCode(201);
        // A typical hearing of another agency the head observed.
        long observed = Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")), "FIRST_INSTANCE");
        long observedHearing = Fixtures.hearing(observed, "2021-09-15T09:30:00+08:00", "HELD");
        long observation = Json.post("/api/observations", Map.of("hearingId", observedHearing, "title",
                "行政强制典型案件旁听", "typicalReason", "程序问题具有普遍性")).statusCode(201).extract().jsonPath()
                .getLong("id");
        Json.post("/api/observations/" + observation + "/invitations", Map.of("officialCodes", List.of(head)))
                .statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("attendance", List.of(Map.of("officialCode", head,
                "attended", true)))).header("If-Match", "*").put("/api/observations/" + observation + "/attendance").then().statusCode(200);
        return new Year(agency, head, staff, caseNumber(earlier), caseNumber(silent), caseNumber(delegated),
                caseNumber(nextYear), caseNumber(observed), observation);
    }

    private static String official(String agency, String role, String name, String validFrom) {
        String code = Fixtures.unique("OF");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "agencyCode", agency, "name", name,
                "role", role, "title", role.equals("STAFF") ? "法制科科长" : "局长", "validFrom", validFrom));
        Json.post("/api/officials", body).statusCode(201);
        return code;
    }

    private static String path(String code) {
        return "/api/officials/" + code + "/record";
    }

    @Test
    void aHeadsYearHoldsTheHearingsTheyAttendedAndTheAgencysUnmetDutiesWhileInPost() {
        Year y = year();
        given().queryParam("year", 2021).get(path(y.head())).then().statusCode(200)
                .body("year", equalTo(2021)).body("name", equalTo("钱局长")).body("head", equalTo(true))
                .body("agencyCode", equalTo(y.agency()))
                .body("inPostFrom", equalTo("2021-06-01")).body("inPostTo", equalTo("2021-12-31"))
                .body("hearings.caseNumber", contains(y.silent()))
                .body("hearings[0].spoke", equalTo(false)).body("hearings[0].leftEarly", equalTo(false))
                .body("hearings[0].identityStatus", equalTo("PENDING"))
                .body("hearings[0].countsAsHead", equalTo(true))
                .body("unmetDuties.caseNumber", contains(y.delegated()))
                .body("unmetDuties[0].absenceClass", equalTo("UNJUSTIFIED"))
                .body("unmetDuties[0].dutyDate", equalTo("2021-08-10"))
                .body("delegations.caseNumber", contains(y.delegated()))
                .body("delegations[0].late", equalTo(true)).body("delegations[0].delegateName", equalTo("赵科长"))
                .body("delegations[0].status", equalTo("SUBMITTED"))
                .body("observations.caseNumber", contains(y.observed()))
                .body("observations[0].sessionId", equalTo((int) y.observation()))
                .body("summary.hearingsAttended", equalTo(1)).body("summary.silent", equalTo(1))
                .body("summary.spoke", equalTo(0)).body("summary.unmetDuties", equalTo(1))
                .body("summary.unjustifiedAbsences", equalTo(1)).body("summary.justifiedAbsences", equalTo(0))
                .body("summary.delegations", equalTo(1)).body("summary.observations", equalTo(1));

        given().queryParam("year", 2022).get(path(y.head())).then().statusCode(200)
                .body("hearings.caseNumber", contains(y.nextYear())).body("hearings[0].spoke", equalTo(true))
                .body("unmetDuties", empty()).body("observations", empty());
        // Not yet in post in 2020: nothing is the head's.
        given().queryParam("year", 2020).get(path(y.head())).then().statusCode(200)
                .body("inPostFrom", nullValue()).body("hearings", empty()).body("unmetDuties", empty())
                .body("delegations", empty());
        // Staff are never heads: no duty of the agency falls on them.
        given().queryParam("year", 2021).get(path(y.staff())).then().statusCode(200)
                .body("head", equalTo(false)).body("unmetDuties", empty()).body("delegations", empty());
    }

    @Test
    void theAgencyAndTheBureauSeeTheRecordNobodyElse() {
        Year y = year();
        String own = Fixtures.agencyToken(y.agency());
        Api.as(own).get(path(y.head()) + "?year=2021").then().statusCode(200)
                .body("unmetDuties.caseNumber", contains(y.delegated()));
        Api.as(own).get(path(y.head()) + "/pdf?year=2021").then().statusCode(200);
        String other = Fixtures.agencyToken(Fixtures.agency("DEPARTMENT"));
        Api.as(other).get(path(y.head()) + "?year=2021").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Api.as(other).get(path(y.head()) + "/pdf?year=2021").then().statusCode(404);
        for (String role : List.of("READER", "COURT")) {
            Api.as(Fixtures.token(role, null)).get(path(y.head()) + "?year=2021").then().statusCode(403);
        }
        Api.anonymous().get(path(y.head()) + "?year=2021").then().statusCode(401);
        given().get(path(Fixtures.unique("NOBODY")) + "?year=2021").then().statusCode(404);
        given().get(path(y.head())).then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().get(path(y.head()) + "?year=1800").then().statusCode(400);
        given().get(path(y.head()) + "?year=abc").then().statusCode(400);
    }

    @Test
    void theRecordPrintsAsAPdfWithItsHearingsAndDuties() throws IOException {
        Year y = year();
        byte[] pdf = given().queryParam("year", 2021).get(path(y.head()) + "/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", startsWith("attachment"))
                .extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace("\n", "").replace(" ", "");
        }
        for (String expected : List.of("钱局长2021年度出庭应诉情况", "（述法材料）", "测试机关" + y.agency(),
                "2021年6月1日至今", "本年度出庭应诉1次，其中出庭不出声1次", "无正当理由1件", y.silent(), y.delegated(),
                "2021年8月10日", "赵科长", "行政强制典型案件旁听", y.observed(), "委托出庭记录未载明签发人")) {
            assertTrue(text.contains(expected.replace(" ", "")), expected + " missing from:\n" + text);
        }
        assertTrue(!text.contains(y.earlier()), "a duty from before the head took office: " + text);
    }
}
