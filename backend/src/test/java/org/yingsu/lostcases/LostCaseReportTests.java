package org.yingsu.lostcases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;

/** 败诉案件报告 through the API: which lost cases are tasks, when they are overdue, filing, guidance, scope. */
@QuarkusTest
class LostCaseReportTests {

    private static final String COURT = "重庆市渝北区人民法院";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String SUMMARY = "本案系原告不服我局作出的行政处罚决定提起诉讼。法院认为我局在作出处罚前未依法告知"
            + "原告陈述、申辩的权利，程序违法，判决撤销该处罚决定。我局已组织执法人员专题学习行政处罚法，"
            + "修订执法文书模板，今后在作出处罚前严格履行告知程序。";

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String path(long caseId, String agencyCode) {
        return "/api/lost-case-reports/" + caseId + "/" + agencyCode;
    }

    private static Map<String, Object> caseDoc(String caseNumber, List<String> defendants, String result) {
        Map<String, Object> doc = new HashMap<>(Map.of("court", COURT, "caseNumber", caseNumber,
                "trialLevel", "FIRST_INSTANCE", "filedOn", "2022-01-05", "causeOfAction", "行政处罚",
                "plaintiffs", List.of("李某"), "defendants", defendants, "hearings", List.of()));
        doc.put("outcome", Map.of("result", result, "concludedOn", "2022-06-01", "coordinated", false));
        return doc;
    }

    private static RequestSpecification json(String token) {
        return (token == null ? given() : Api.as(token)).contentType(ContentType.JSON);
    }

    private static long lostCase(String agency, String concludedOn) {
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        Fixtures.outcome(caseId, "REVOKED", concludedOn);
        return caseId;
    }

    private static long upload(String token, long reportId) {
        return (token == null ? given() : Api.as(token)).contentType("application/pdf").body(PDF)
                .queryParam("ownerType", "LOST_CASE_REPORT").queryParam("ownerId", reportId)
                .queryParam("kind", "JUDGMENT").queryParam("fileName", "行政判决书.pdf")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Draft, judgment, filing; answers the filed report's ETag. */
    private static String file(String token, long caseId, String agency) {
        long reportId = json(token).header("If-Match", "\"0\"").body(Map.of("summary", "草稿"))
                .put(path(caseId, agency)).then().statusCode(200).extract().jsonPath().getLong("reportId");
        upload(token, reportId);
        return json(token).body(Map.of("summary", SUMMARY)).post(path(caseId, agency) + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).extract().header("ETag");
    }

    @Test
    void aDecisionChangedPushedByTheCourtIsATaskForEveryDefendantWithoutAnythingElseCalled() {
        String agency = Fixtures.agency("DEPARTMENT");
        String coDefendant = Fixtures.agency("DEPARTMENT");
        String court = Fixtures.token("COURT", null);
        String revoked = Fixtures.unique("（2022）渝0112行初");
        String dismissed = Fixtures.unique("（2022）渝0112行初");
        Api.as(court).contentType(ContentType.JSON)
                .body(List.of(caseDoc(revoked, List.of(agency, coDefendant), "REVOKED"),
                        caseDoc(dismissed, List.of(agency), "CLAIMS_DISMISSED")))
                .post("/api/intake/cases").then().statusCode(200);

        given().queryParam("agencyCode", agency).get("/api/lost-case-reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].caseNumber", equalTo(revoked))
                .body("items[0].result", equalTo("REVOKED")).body("items[0].status", equalTo("DUE"))
                .body("items[0].concludedOn", equalTo("2022-06-01")).body("items[0].dueOn", equalTo("2022-07-01"))
                .body("items[0].overdue", equalTo(true)).body("items[0].reportId", nullValue());
        given().queryParam("agencyCode", coDefendant).get("/api/lost-case-reports").then()
                .body("total", equalTo(1)).body("items[0].caseNumber", equalTo(revoked));
        given().queryParam("agencyCode", agency).queryParam("year", 2022).get("/api/lost-case-reports").then()
                .body("total", equalTo(1));
        given().queryParam("agencyCode", agency).queryParam("year", 2023).get("/api/lost-case-reports").then()
                .body("total", equalTo(0));

        // The ledger import is another way in; its lost cases are tasks just the same.
        String imported = Fixtures.unique("（2021）渝0112行初");
        Map<String, Object> ledger = Map.of("format", "yingsu-ledger/1", "agencies", List.of(), "officials",
                List.of(), "cases", List.of(caseDoc(imported, List.of(coDefendant), "CONFIRMED_ILLEGAL")));
        given().contentType(ContentType.JSON).body(ledger).post("/api/imports/ledger").then().statusCode(200);
        given().queryParam("agencyCode", coDefendant).get("/api/lost-case-reports").then()
                .body("total", equalTo(2)).body("items.caseNumber", hasItem(imported));

        // A corrected outcome that is no longer a loss takes the unfiled task away.
        long caseId = given().queryParam("agencyCode", agency).get("/api/lost-case-reports").then().extract()
                .jsonPath().getLong("items[0].caseId");
        Fixtures.outcome(caseId, "MEDIATED", "2022-06-01");
        given().queryParam("agencyCode", agency).get("/api/lost-case-reports").then().body("total", equalTo(0));
        given().get(path(caseId, agency)).then().statusCode(404);
    }

    @Test
    void aTaskIsOverdueOnlyWhileUnfiledAfterItsDueDateAndALateFilingStaysMarked() {
        String agency = Fixtures.agency("DEPARTMENT");
        long pastDue = lostCase(agency, "2022-06-01");
        long dueLater = lostCase(agency, today().toString());
        long filedLate = lostCase(agency, "2022-03-01");
        file(null, filedLate, agency);

        given().get(path(pastDue, agency)).then().statusCode(200).header("ETag", "\"0\"")
                .body("overdue", equalTo(true)).body("late", equalTo(false));
        given().get(path(dueLater, agency)).then().body("dueOn", equalTo(today().plusDays(30).toString()))
                .body("overdue", equalTo(false));
        given().get(path(filedLate, agency)).then().body("status", equalTo("SUBMITTED"))
                .body("overdue", equalTo(false)).body("late", equalTo(true))
                .body("submittedOn", equalTo(today().toString()));
        given().queryParam("agencyCode", agency).queryParam("overdue", true).get("/api/lost-case-reports").then()
                .body("total", equalTo(1)).body("items[0].caseId", equalTo((int) pastDue));
        given().queryParam("agencyCode", agency).queryParam("overdue", false).get("/api/lost-case-reports").then()
                .body("total", equalTo(2));
        given().queryParam("agencyCode", agency).queryParam("status", "DUE").get("/api/lost-case-reports").then()
                .body("total", equalTo(2));
    }

    @Test
    void theAgencyFilesASummaryWithTheJudgmentAndTheBureauAnswersIt() {
        String agency = Fixtures.agency("DEPARTMENT");
        String staff = Fixtures.token("AGENCY", agency);
        long caseId = lostCase(agency, today().minusDays(3).toString());
        String one = path(caseId, agency);

        Api.as(staff).get(one).then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("DUE"));
        json(null).body(Map.of("guidance", "请加强执法程序培训。")).post(one + "/guidance").then().statusCode(409);
        json(staff).body(Map.of("summary", SUMMARY)).post(one + "/submit").then().statusCode(422)
                .body("errors[0].field", equalTo("judgment"));

        long reportId = json(staff).header("If-Match", "\"0\"").body(Map.of("summary", "初稿：程序违法被撤销"))
                .put(one).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("DUE"))
                .body("summary", equalTo("初稿：程序违法被撤销")).extract().jsonPath().getLong("reportId");
        json(staff).header("If-Match", "\"0\"").body(Map.of("summary", "另一人的旧稿")).put(one).then().statusCode(412);
        json(staff).body(Map.of("summary", SUMMARY)).post(one + "/submit").then().statusCode(422)
                .body("errors[0].field", equalTo("judgment"));
        json(staff).body(Map.of("summary", "程序违法，已整改。")).post(one + "/submit").then().statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        long judgment = upload(staff, reportId);
        json(staff).header("If-Match", "\"0\"").body(Map.of("summary", SUMMARY)).post(one + "/submit").then()
                .statusCode(412);
        json(staff).header("If-Match", "\"1\"").body(Map.of("summary", SUMMARY)).post(one + "/submit").then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("SUBMITTED"))
                .body("summary", equalTo(SUMMARY)).body("late", equalTo(false)).body("submittedBy", notBlank());

        // What was filed stays as filed: no second filing, no change to the judgment attached.
        json(staff).body(Map.of("summary", SUMMARY)).post(one + "/submit").then().statusCode(409);
        json(staff).header("If-Match", "*").body(Map.of("summary", SUMMARY)).put(one).then().statusCode(409);
        Api.as(staff).delete("/api/documents/" + judgment).then().statusCode(409);
        Api.as(staff).get("/api/documents/" + judgment).then().statusCode(200);

        json(staff).body(Map.of("guidance", "同意")).post(one + "/guidance").then().statusCode(403);
        json(null).body(Map.of("guidance", "  ")).post(one + "/guidance").then().statusCode(400)
                .body("errors[0].field", equalTo("guidance"));
        json(null).header("If-Match", "\"1\"").body(Map.of("guidance", "同意")).post(one + "/guidance").then()
                .statusCode(412);
        json(null).header("If-Match", "\"2\"")
                .body(Map.of("guidance", "请在全局开展行政处罚程序专项检查，避免同类问题再次发生。"))
                .post(one + "/guidance").then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("answeredOn", equalTo(today().toString()))
                .body("guidance", containsString("专项检查"));
        json(null).body(Map.of("guidance", "再次意见")).post(one + "/guidance").then().statusCode(409);
        Api.as(staff).queryParam("status", "ANSWERED").get("/api/lost-case-reports").then()
                .body("total", equalTo(1)).body("items[0].guidance", containsString("专项检查"));
    }

    @Test
    void anAgencySeesAndFilesOnlyItsOwnLostCases() {
        String agency = Fixtures.agency("DEPARTMENT");
        String other = Fixtures.agency("DEPARTMENT");
        String otherStaff = Fixtures.token("AGENCY", other);
        long caseId = lostCase(agency, "2022-06-01");
        long reportId = json(null).header("If-Match", "\"0\"").body(Map.of("summary", "草稿")).put(path(caseId, agency)).then().statusCode(200)
                .extract().jsonPath().getLong("reportId");

        Api.as(otherStaff).get(path(caseId, agency)).then().statusCode(404);
        json(otherStaff).header("If-Match", "*").body(Map.of("summary", "他人的稿")).put(path(caseId, agency)).then().statusCode(404);
        json(otherStaff).body(Map.of("summary", SUMMARY)).post(path(caseId, agency) + "/submit").then()
                .statusCode(404);
        Api.as(otherStaff).queryParam("agencyCode", agency).get("/api/lost-case-reports").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(otherStaff).contentType("application/pdf").body(PDF).queryParam("ownerType", "LOST_CASE_REPORT")
                .queryParam("ownerId", reportId).queryParam("kind", "JUDGMENT").queryParam("fileName", "x.pdf")
                .post("/api/documents").then().statusCode(422);
        Api.as(Fixtures.token("AGENCY", agency)).get("/api/lost-case-reports").then().body("total", equalTo(1));
        Api.as(Fixtures.token("READER", null)).get("/api/lost-case-reports").then().statusCode(403);
        Api.as(Fixtures.token("COURT", null)).get(path(caseId, agency)).then().statusCode(403);
    }

    private static Matcher<String> notBlank() {
        return not(blankOrNullString());
    }
}
