package org.yingsu.observations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;

/** 旁听庭审 through the API: marking a hearing once, inviting heads only, attendance after the hearing, scope. */
@QuarkusTest
class ObservationTests {

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String at(LocalDate date) {
        return date + "T09:30:00+08:00";
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static long hearing(String defendant, LocalDate date, String status) {
        long caseId = Fixtures.caseOf(List.of(defendant), "FIRST_INSTANCE");
        return Fixtures.hearing(caseId, at(date), status);
    }

    private static long session(long hearingId) {
        return json().body(Map.of("hearingId", hearingId, "title", "行政处罚类典型案件旁听",
                        "typicalReason", "涉及食品安全领域的行政处罚，程序问题具有普遍性", "place", "区法院第三审判庭"))
                .post("/api/observations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(long id) {
        return given().get("/api/observations/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aHearingIsMarkedOnceAndOnlyHeadsOnItsDateAreInvited() {
        String defendant = Fixtures.agency("DEPARTMENT");
        String guest = Fixtures.agency("SUBDISTRICT");
        LocalDate date = today().plusDays(10);
        String head = Fixtures.official(guest, "PRINCIPAL", "2020-01-01", null);
        String staff = Fixtures.official(guest, "STAFF", "2020-01-01", null);
        String lawyer = Fixtures.official(guest, "LAWYER", "2020-01-01", null);
        String formerDeputy = Fixtures.official(guest, "DEPUTY", "2020-01-01", today().toString());
        String defendantHead = Fixtures.official(defendant, "DEPUTY", "2020-01-01", null);
        long hearingId = hearing(defendant, date, "SCHEDULED");
        long id = session(hearingId);

        json().body(Map.of("hearingId", hearingId, "title", "再次标记", "typicalReason", "重复"))
                .post("/api/observations").then().statusCode(409).body("detail", containsString("observation session "
                        + id));
        String invitations = "/api/observations/" + id + "/invitations";
        json().body(Map.of("officialCodes", List.of(head, staff, lawyer))).post(invitations).then().statusCode(422)
                .body("errors.field", contains("officialCodes[1]", "officialCodes[2]"));
        json().body(Map.of("officialCodes", List.of(formerDeputy))).post(invitations).then().statusCode(422)
                .body("errors[0].field", equalTo("officialCodes[0]"));
        given().get("/api/observations/" + id).then().body("invited", equalTo(0));

        String before = etag(id);
        json().header("If-Match", before).body(Map.of("officialCodes", List.of(head, defendantHead)))
                .post(invitations).then().statusCode(200).body("invited", equalTo(2)).body("attended", equalTo(0))
                .body("invitations.officialCode", containsInAnyOrder(head, defendantHead))
                .body("invitations.attendance", contains("INVITED", "INVITED"));
        json().header("If-Match", before).body(Map.of("officialCodes", List.of(head))).post(invitations).then()
                .statusCode(412);
        json().body(Map.of("officialCodes", List.of(head))).post(invitations).then().statusCode(200)
                .body("invited", equalTo(2));
        json().header("If-Match", before).body(Map.of("title", "改名", "typicalReason", "改理由"))
                .put("/api/observations/" + id).then().statusCode(412);

        json().header("If-Match", "*")
                .body(Map.of("attendance", List.of(Map.of("officialCode", head, "attended", true))))
                .put("/api/observations/" + id + "/attendance").then().statusCode(422)
                .body("errors[0].field", equalTo("attendance")).body("detail", containsString(date.toString()));
        given().get("/api/observations/" + id).then().body("invitations.attendance", contains("INVITED", "INVITED"));

        given().delete(invitations + "/" + defendantHead).then().statusCode(200).body("invited", equalTo(1));
        given().delete("/api/observations/" + id).then().statusCode(204);
        given().get("/api/observations/" + id).then().statusCode(404);
    }

    @Test
    void attendanceIsRecordedPerInviteeOnceTheHearingHasTakenPlace() {
        String defendant = Fixtures.agency("DEPARTMENT");
        LocalDate date = today().minusDays(2);
        String principal = Fixtures.official(defendant, "PRINCIPAL", "2020-01-01", null);
        String deputy = Fixtures.official(defendant, "OTHER_LEADER", "2020-01-01", null);
        String stranger = Fixtures.official(defendant, "DEPUTY", "2020-01-01", null);
        long id = session(hearing(defendant, date, "HELD"));
        json().body(Map.of("officialCodes", List.of(principal, deputy))).post("/api/observations/" + id
                + "/invitations").then().statusCode(200);

        String attendance = "/api/observations/" + id + "/attendance";
        json().body(Map.of("attendance", List.of(Map.of("officialCode", principal, "attended", true),
                Map.of("officialCode", stranger, "attended", true)))).header("If-Match", "*").put(attendance).then().statusCode(422)
                .body("errors[0].field", equalTo("attendance[1].officialCode"));
        given().get("/api/observations/" + id).then().body("attended", equalTo(0));
        json().body(Map.of("attendance", List.of(Map.of("officialCode", principal, "attended", true),
                        Map.of("officialCode", deputy, "attended", false)))).header("If-Match", "*").put(attendance).then().statusCode(200)
                .body("invited", equalTo(2)).body("attended", equalTo(1)).body("absent", equalTo(1));
        given().delete("/api/observations/" + id).then().statusCode(409);
        given().delete("/api/observations/" + id + "/invitations/" + principal).then().statusCode(409);

        long postponed = hearing(defendant, today().plusDays(5), "POSTPONED");
        json().body(Map.of("hearingId", postponed, "title", "延期的庭审", "typicalReason", "典型"))
                .post("/api/observations").then().statusCode(422).body("errors[0].field", equalTo("hearingId"));
        json().body(Map.of("hearingId", 999_999_999, "title", "不存在", "typicalReason", "典型"))
                .post("/api/observations").then().statusCode(422).body("errors[0].field", equalTo("hearingId"));
    }

    @Test
    void anAgencySeesOnlyTheSessionsItsHeadsAreInvitedToAndOnlyItsOwnInvitees() {
        String defendant = Fixtures.agency("DEPARTMENT");
        String invited = Fixtures.agency("SUBDISTRICT");
        String uninvited = Fixtures.agency("SUBDISTRICT");
        String defendantHead = Fixtures.official(defendant, "PRINCIPAL", "2020-01-01", null);
        String invitedHead = Fixtures.official(invited, "PRINCIPAL", "2020-01-01", null);
        long id = session(hearing(defendant, today().plusDays(3), "SCHEDULED"));
        json().body(Map.of("officialCodes", List.of(defendantHead, invitedHead)))
                .post("/api/observations/" + id + "/invitations").then().statusCode(200);

        String invitedToken = Fixtures.token("AGENCY", invited);
        Api.as(invitedToken).get("/api/observations").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id)).body("items[0].invited", equalTo(1))
                .body("items[0].invitations", hasSize(1))
                .body("items[0].invitations[0].officialCode", equalTo(invitedHead));
        Api.as(invitedToken).get("/api/observations/" + id).then().statusCode(200);
        Api.as(invitedToken).contentType(ContentType.JSON).body(Map.of("officialCodes", List.of(invitedHead)))
                .post("/api/observations/" + id + "/invitations").then().statusCode(403);

        String uninvitedToken = Fixtures.token("AGENCY", uninvited);
        Api.as(uninvitedToken).get("/api/observations").then().statusCode(200).body("total", equalTo(0));
        Api.as(uninvitedToken).get("/api/observations/" + id).then().statusCode(404);
        Api.as(Fixtures.token("READER", null)).get("/api/observations").then().statusCode(403);

        given().queryParam("agencyCode", invited).get("/api/observations").then().body("total", equalTo(1))
                .body("items[0].invited", equalTo(2));
        given().queryParam("agencyCode", uninvited).get("/api/observations").then().body("total", equalTo(0));
    }
}
