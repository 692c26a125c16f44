package org.yingsu.litigation.delegations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class DelegationResourceTests {

    private static final String REASON = "局长当日出席市政府常务会议，需要履行他人不能代替的公务";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String bureau;
    private String staff;
    private long caseId;
    private long upcoming;

    @BeforeEach
    void setUp() {
        bureau = Fixtures.agency("DEPARTMENT");
        staff = Fixtures.official(bureau, "STAFF", "2020-01-01", null);
        caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        upcoming = Fixtures.hearing(caseId, TODAY.plusDays(10) + "T09:30:00+08:00", "SCHEDULED");
    }

    private Map<String, Object> delegation(long hearing, String delegate, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("hearingId", hearing, "agencyCode", bureau,
                "reasonCategory", "NON_DELEGABLE_DUTY", "delegateOfficialCode", delegate));
        body.put("reason", reason);
        return body;
    }

    @Test
    void r4ADelegationFiledBeforeTheHearingAwaitsReview() {
        long id = Json.post("/api/delegations", delegation(upcoming, staff, REASON)).statusCode(201)
                .body("agencyCode", equalTo(bureau)).body("delegateOfficialCode", equalTo(staff))
                .body("reasonCategory", equalTo("NON_DELEGABLE_DUTY")).body("reason", equalTo(REASON))
                .body("filedOn", equalTo(TODAY.toString())).body("late", equalTo(false))
                .body("status", equalTo("SUBMITTED")).body("reviewComment", nullValue())
                .extract().jsonPath().getLong("id");
        given().queryParam("status", "SUBMITTED").queryParam("agencyCode", bureau).get("/api/delegations")
                .then().body("total", equalTo(1));
        String changed = "局长当日在外地参加上级机关组织的专项督查工作";
        Json.put("/api/delegations/" + id, "\"0\"", Map.of("reasonCategory", "OTHER_JUSTIFIED", "reason", changed,
                "delegateOfficialCode", staff)).statusCode(200).body("reason", equalTo(changed));
        given().delete("/api/delegations/" + id).then().statusCode(204);
        given().get("/api/delegations/" + id).then().statusCode(404);
    }

    @Test
    void r4TheDelegateMustBeCorrespondingStaffOfTheAgencyNeverALawyerNorItsHead() {
        String otherStaff = Fixtures.official(Fixtures.agency("DEPARTMENT"), "STAFF", "2020-01-01", null);
        Json.post("/api/delegations", delegation(upcoming, otherStaff, REASON)).statusCode(422)
                .body("errors[0].field", equalTo("delegateOfficialCode"))
                .body("errors[0].message", containsString("corresponding staff"));
        String lawyer = Fixtures.official(bureau, "LAWYER", "2020-01-01", null);
        Json.post("/api/delegations", delegation(upcoming, lawyer, REASON)).statusCode(422)
                .body("errors[0].message", containsString("lawyer"));
        String deputy = Fixtures.official(bureau, "DEPUTY", "2020-01-01", null);
        Json.post("/api/delegations", delegation(upcoming, deputy, REASON)).statusCode(422)
                .body("errors[0].field", equalTo("delegateOfficialCode"));
        given().queryParam("hearingId", upcoming).get("/api/delegations").then().body("total", equalTo(0));
    }

    @Test
    void r4Art10StaffOfABodyUnderTheAgencyMayStandInButNotOnceOutOfPost() {
        String town = Fixtures.agency("SUBDISTRICT", bureau);
        String townStaff = Fixtures.official(town, "STAFF", "2020-01-01", null);
        Json.post("/api/delegations", delegation(upcoming, townStaff, REASON)).statusCode(201)
                .body("delegateOfficialCode", equalTo(townStaff));
        String gone = Fixtures.official(bureau, "STAFF", "2020-01-01", TODAY.minusDays(1).toString());
        Json.post("/api/delegations", delegation(upcoming, gone, REASON)).statusCode(422)
                .body("errors[0].field", equalTo("delegateOfficialCode"))
                .body("errors[0].message", containsString("not in post"));
    }

    @Test
    void r4AReasonCategoryAndASpecificReasonOfTenCharactersAreRequired() {
        Json.post("/api/delegations", delegation(upcoming, staff, "工作忙")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Json.post("/api/delegations", delegation(upcoming, staff, "  工作忙          ")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Json.post("/api/delegations", delegation(upcoming, staff, null)).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Map<String, Object> noCategory = delegation(upcoming, staff, REASON);
        noCategory.remove("reasonCategory");
        Json.post("/api/delegations", noCategory).statusCode(400).body("errors[0].field", equalTo("reasonCategory"));
        given().queryParam("hearingId", upcoming).get("/api/delegations").then().body("total", equalTo(0));
    }

    @Test
    void theQueueFindsADelegationByItsCaseNumberTypedWithHalfWidthBrackets() {
        long id = Json.post("/api/delegations", delegation(upcoming, staff, REASON)).statusCode(201).extract()
                .jsonPath().getLong("id");
        String number = given().get("/api/cases/" + caseId).then().statusCode(200).extract().path("caseNumber");
        String typed = number.replace('（', '(').replace('）', ')');
        given().queryParam("caseNumber", " " + typed + " ").get("/api/delegations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        given().queryParam("caseNumber", number).queryParam("status", "SUBMITTED").get("/api/delegations").then()
                .body("total", equalTo(1));
        given().queryParam("caseNumber", number + "之九").get("/api/delegations").then().body("total", equalTo(0));
    }

    @Test
    void r5ADelegationFiledAfterTheHearingIsAcceptedAndMarkedLate() {
        long past = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "HELD");
        Json.post("/api/delegations", delegation(past, staff, REASON)).statusCode(201)
                .body("late", equalTo(true)).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void art9ApprovingNeedsTheDelegationLetterOrEvidenceAttachedAndRefusingChangesNothing() {
        long id = Json.post("/api/delegations", delegation(upcoming, staff, REASON)).statusCode(201)
                .body("papersAttached", equalTo(false)).extract().jsonPath().getLong("id");
        Json.post("/api/delegations/" + id + "/review", Map.of("decision", "APPROVED", "comment", "理由充分"))
                .statusCode(422).body("type", equalTo("urn:yingsu:problem:rule-violated"))
                .body("errors[0].field", equalTo("decision"))
                .body("errors[0].message", containsString("delegation letter or evidence"));
        given().get("/api/delegations/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("reviewedAt", nullValue()).body("reviewComment", nullValue());

        // A document of another kind is not the explanation.
        Fixtures.attach("DELEGATION", id, "IDENTITY_PROOF");
        Json.post("/api/delegations/" + id + "/review", Map.of("decision", "APPROVED")).statusCode(422);

        Fixtures.attach("DELEGATION", id, "EVIDENCE");
        given().queryParam("caseId", caseId).get("/api/delegations").then()
                .body("items.find { it.id == " + id + " }.papersAttached", equalTo(true));
        given().get("/api/cases/" + caseId + "/file").then().statusCode(200)
                .body("hearings[0].delegations[0].papersAttached", equalTo(true));
        Json.post("/api/delegations/" + id + "/review", Map.of("decision", "APPROVED", "comment", "理由充分"))
                .statusCode(200).body("status", equalTo("APPROVED")).body("papersAttached", equalTo(true));

        // Rejecting needs no papers: the comment says why.
        long other = Fixtures.hearing(caseId, TODAY.plusDays(30) + "T09:30:00+08:00", "SCHEDULED");
        long bare = Json.post("/api/delegations", delegation(other, staff, REASON)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Json.post("/api/delegations/" + bare + "/review", Map.of("decision", "REJECTED", "comment", "未附授权委托书"))
                .statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void theBureauApprovesOrRejectsWithAComment() {
        long approved = Json.post("/api/delegations", delegation(upcoming, staff, REASON)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Fixtures.attach("DELEGATION", approved, "DELEGATION_LETTER");
        Json.post("/api/delegations/" + approved + "/review", Map.of("decision", "APPROVED", "comment", "理由充分"))
                .statusCode(200).body("status", equalTo("APPROVED")).body("reviewComment", equalTo("理由充分"))
                .body("reviewedAt", notNullValue());
        Json.post("/api/delegations/" + approved + "/review", Map.of("decision", "REJECTED", "comment", "改判"))
                .statusCode(409);
        Json.put("/api/delegations/" + approved, "*", Map.of("reasonCategory", "ACCIDENT", "reason", REASON,
                "delegateOfficialCode", staff)).statusCode(409);

        long other = Fixtures.hearing(caseId, TODAY.plusDays(20) + "T09:30:00+08:00", "SCHEDULED");
        long rejected = Json.post("/api/delegations", delegation(other, staff, REASON)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Json.post("/api/delegations/" + rejected + "/review", Map.of("decision", "REJECTED")).statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        given().contentType("application/json").header("If-Match", "\"7\"")
                .body(Map.of("decision", "REJECTED", "comment", "理由不具体")).post("/api/delegations/" + rejected
                        + "/review").then().statusCode(412);
        Json.post("/api/delegations/" + rejected + "/review", Map.of("decision", "REJECTED", "comment", "理由不具体"))
                .statusCode(200).body("status", equalTo("REJECTED"));
    }
}
