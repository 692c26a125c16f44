package org.yingsu.accountability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

@QuarkusTest
class ReferralTests {

    private static final String BODY = "中共重庆市渝北区纪律检查委员会、重庆市渝北区监察委员会";

    /** An agency with a principal head, a case of it heard on 2022-03-01 with nobody of it present. */
    private record Absent(String agency, String head, long caseId, long hearingId) {
    }

    private static Absent absent() {
        String agency = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        long hearingId = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "HELD");
        return new Absent(agency, head, caseId, hearingId);
    }

    private static JsonPath prefill(Map<String, Object> query) {
        return given().queryParams(query).get("/api/referrals/prefill").then().statusCode(200).extract().jsonPath();
    }

    private static long create(JsonPath draft) {
        return Json.post("/api/referrals", draft.getMap("$")).statusCode(201).body("status", equalTo("DRAFTED"))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aReferralGoesFromDraftedToSentToAnswered() {
        Absent a = absent();
        JsonPath draft = prefill(Map.of("ground", "UNJUSTIFIED_ABSENCE", "caseId", a.caseId(), "agencyCode",
                a.agency()));
        assertTrue(draft.getString("facts").contains("2022年3月1日"), draft.getString("facts"));
        long id = create(draft);
        given().get("/api/referrals/" + id).then().statusCode(200).body("officials.code", contains(a.head()))
                .body("cases.id", contains((int) a.caseId())).body("hearings.id", contains((int) a.hearingId()))
                .body("referredTo", equalTo(BODY)).body("number", nullValue());

        Json.post("/api/referrals/" + id + "/answer", Map.of("decision", "ADMONITION_TALK", "answeredOn",
                "2022-05-01")).statusCode(409);
        String number = Fixtures.unique("渝北司法函〔2022〕");
        Json.post("/api/referrals/" + id + "/send", Map.of("number", number, "sentOn", "2099-01-01"))
                .statusCode(400);
        String today = java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString();
        Json.post("/api/referrals/" + id + "/send", Map.of("number", number, "sentOn", today)).statusCode(200)
                .body("status", equalTo("SENT")).body("number", equalTo(number)).body("sentOn", equalTo(today));
        Json.put("/api/referrals/" + id, "*", draft.getMap("$")).statusCode(409);
        Json.post("/api/referrals/" + id + "/answer", Map.of("decision", "CIRCULATED_CRITICISM", "answeredOn", today,
                "detail", "对该局局长予以通报批评")).statusCode(200).body("status", equalTo("ANSWERED"))
                .body("decision", equalTo("CIRCULATED_CRITICISM"));
        Json.post("/api/referrals/" + id + "/withdraw", Map.of("reason", "误报")).statusCode(409);

        // A second referral cannot take the same number.
        long other = create(draft);
        Json.post("/api/referrals/" + other + "/send", Map.of("number", number, "sentOn", today)).statusCode(409);
        Json.post("/api/referrals/" + other + "/withdraw", Map.of("reason", "与前一函重复")).statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("与前一函重复"));
        given().queryParam("agencyCode", a.agency()).queryParam("status", "WITHDRAWN").get("/api/referrals").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) other));
    }

    @Test
    void aReferralMustShowTheGroundItNames() {
        Absent a = absent();
        // An appearance of the agency makes the hearing neither unattended nor, with its head speaking, misconduct.
        long appearance = Json.post("/api/appearances", Map.of("hearingId", a.hearingId(),
                "officialCode", a.head(), "spoke", true)).statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = new HashMap<>(Map.of("ground", "NO_ONE_APPEARED", "agencyCode", a.agency(),
                "officialCodes", List.of(a.head()), "hearingIds", List.of(a.hearingId()), "referredTo", BODY,
                "facts", "负责人及工作人员均未出庭应诉，造成不良影响。"));
        Json.post("/api/referrals", body).statusCode(422).body("errors.field", hasItem("hearingIds[0]"));
        body.put("ground", "UNJUSTIFIED_ABSENCE");
        Json.post("/api/referrals", body).statusCode(422).body("errors.field", hasItem("caseIds"));
        body.put("ground", "MISCONDUCT_AT_HEARING");
        body.put("appearanceId", appearance);
        Json.post("/api/referrals", body).statusCode(422).body("errors[0].field", equalTo("appearanceId"));
        given().queryParam("ground", "UNJUSTIFIED_ABSENCE").queryParam("caseId", a.caseId())
                .queryParam("agencyCode", a.agency()).get("/api/referrals/prefill").then().statusCode(422);

        // Officials and cases of another agency are refused by name.
        String stranger = Fixtures.official(Fixtures.agency("DEPARTMENT"), "PRINCIPAL", "2020-01-01", null);
        body.put("ground", "NO_ONE_APPEARED");
        body.remove("appearanceId");
        body.put("officialCodes", List.of(a.head(), stranger));
        Json.post("/api/referrals", body).statusCode(422).body("errors.field", hasItem("officialCodes[1]"));
        given().queryParam("agencyCode", a.agency()).get("/api/referrals").then().body("total", equalTo(0));
    }

    @Test
    void aSilentAppearanceAndARecommendationPrefillTheirReferrals() {
        Absent a = absent();
        long appearance = Json.post("/api/appearances", Map.of("hearingId", a.hearingId(),
                "officialCode", a.head(), "spoke", false)).statusCode(201).extract().jsonPath().getLong("id");
        JsonPath silent = prefill(Map.of("ground", "MISCONDUCT_AT_HEARING", "appearanceId", appearance));
        assertTrue(silent.getString("facts").contains("出庭不出声"), silent.getString("facts"));
        long id = create(silent);
        given().get("/api/referrals/" + id).then().body("appearanceId", equalTo((int) appearance))
                .body("hearings.id", contains((int) a.hearingId()));

        long recommendation = Json.post("/api/recommendations", Map.of("court", "重庆市渝北区人民法院", "number",
                Fixtures.unique("（2022）渝0112司建"), "caseId", a.caseId(), "agencyCode", a.agency(), "receivedOn",
                "2022-04-01", "content", "贵单位负责人出庭不发表意见，建议加强出庭应诉工作。")).statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath followed = prefill(Map.of("ground", "JUDICIAL_RECOMMENDATION", "recommendationId", recommendation));
        assertTrue(followed.getString("facts").contains("建议加强出庭应诉工作"), followed.getString("facts"));
        given().get("/api/referrals/" + create(followed)).then().body("recommendationId", equalTo((int) recommendation))
                .body("cases.id", contains((int) a.caseId()));
    }

    @Test
    void agenciesNeverSeeDrafts() {
        Absent a = absent();
        long id = create(prefill(Map.of("ground", "NO_ONE_APPEARED", "hearingId", a.hearingId(), "agencyCode",
                a.agency())));
        String own = Fixtures.agencyToken(a.agency());
        String other = Fixtures.agencyToken(Fixtures.agency("DEPARTMENT"));
        Api.as(own).get("/api/referrals/" + id).then().statusCode(404);
        Api.as(own).get("/api/referrals/" + id + "/letter").then().statusCode(404);
        Api.as(own).get("/api/referrals").then().body("total", equalTo(0));
        Api.as(own).queryParam("ownerType", "REFERRAL").queryParam("ownerId", id).get("/api/documents").then()
                .statusCode(404);

        String today = java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString();
        Json.post("/api/referrals/" + id + "/send", Map.of("number", Fixtures.unique("渝北司法函"), "sentOn", today))
                .statusCode(200);
        Api.as(own).get("/api/referrals/" + id).then().statusCode(200).body("status", equalTo("SENT"));
        Api.as(own).get("/api/referrals").then().body("total", equalTo(1));
        Api.as(other).get("/api/referrals/" + id).then().statusCode(404);
        Api.as(other).get("/api/referrals").then().body("total", equalTo(0));
        Api.as(own).contentType(ContentType.JSON).body(Map.of("reason", "不同意")).post("/api/referrals/" + id
                + "/withdraw").then().statusCode(403);
        // The agency reads the documents of its sent referral but does not add to them.
        Api.as(own).contentType("application/pdf").body(PDF).post("/api/documents?ownerType=REFERRAL&kind=EVIDENCE"
                + "&fileName=e.pdf&ownerId=" + id).then().statusCode(409);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void theReferralLetterIsAPdfOnTheBureausLetterhead() throws IOException {
        Absent a = absent();
        long id = create(prefill(Map.of("ground", "UNJUSTIFIED_ABSENCE", "caseId", a.caseId(), "agencyCode",
                a.agency())));
        given().contentType("application/pdf").body(PDF).post("/api/documents?ownerType=REFERRAL&kind=EVIDENCE"
                + "&fileName=庭审笔录.pdf&ownerId=" + id).then().statusCode(201);
        String draft = text(id);
        assertTrue(draft.contains("（草稿）"), draft);
        String number = Fixtures.unique("渝北司法函〔2022〕");
        String today = java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString();
        Json.post("/api/referrals/" + id + "/send", Map.of("number", number, "sentOn", today)).statusCode(200);
        String letter = text(id);
        // The quarter's bulletin names the referral among those sent in it.
        java.time.LocalDate now = java.time.LocalDate.parse(today);
        given().queryParam("year", now.getYear()).queryParam("quarter", (now.getMonthValue() + 2) / 3)
                .get("/api/bulletins/preview").then().statusCode(200)
                .body("content.referrals.number", hasItem(number))
                .body("content.sections.key", hasItem("REFERRALS"));
        String caseNumber = given().get("/api/referrals/" + id).then().extract().path("cases[0].caseNumber");
        for (String expected : List.of("重庆市渝北区司法局", number, "关于提请对测试机关" + a.agency(), BODY + "：",
                "无正当理由不出庭应诉", caseNumber, "2022年3月1日", "王某", "局长", "正职负责人", "附件：1. 庭审笔录.pdf",
                "请贵机关依法依规调查处理")) {
            assertTrue(letter.replace("\n", "").replace(" ", "").contains(expected.replace(" ", "")),
                    expected + " missing from:\n" + letter);
        }
    }

    private static String text(long id) throws IOException {
        byte[] pdf = given().get("/api/referrals/" + id + "/letter").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
