package org.yingsu.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;

/** 出庭应诉培训 through the API: heads invited by default, attendance after the session, the share trained, scope. */
@QuarkusTest
class TrainingTests {

    @Inject
    MockMailbox mailbox;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static Map<String, Object> body(String startsAt) {
        return Map.of("topic", "行政机关负责人出庭应诉实务", "speaker", "王法官", "speakerCourt", "重庆市渝北区人民法院",
                "startsAt", startsAt, "place", "区政府第二会议室");
    }

    private static long session(String startsAt) {
        return json().body(body(startsAt)).post("/api/trainings").then().statusCode(201)
                .header("Location", containsString("/api/trainings/")).extract().jsonPath().getLong("id");
    }

    private static String etag(long id) {
        return given().get("/api/trainings/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void invite(long id, Map<String, Object> whom) {
        json().header("If-Match", etag(id)).body(whom).post("/api/trainings/" + id + "/invitations").then()
                .statusCode(200);
    }

    private static void attendance(long id, List<Map<String, Object>> entries) {
        json().header("If-Match", etag(id)).body(Map.of("attendance", entries))
                .put("/api/trainings/" + id + "/attendance").then().statusCode(200);
    }

    @Test
    void namingAnAgencyInvitesItsHeadsInPostAndNamedStaffMayJoin() {
        String agency = Fixtures.agency("DEPARTMENT");
        LocalDate date = today().plusDays(20);
        String principal = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        String deputy = Fixtures.official(agency, "DEPUTY", "2020-01-01", null);
        String staff = Fixtures.official(agency, "STAFF", "2020-01-01", null);
        String lawyer = Fixtures.official(agency, "LAWYER", "2020-01-01", null);
        Fixtures.official(agency, "OTHER_LEADER", "2020-01-01", today().toString());
        String empty = Fixtures.agency("SUBDISTRICT");
        Fixtures.official(empty, "STAFF", "2020-01-01", null);
        long id = session(date + "T14:30:00+08:00");
        String invitations = "/api/trainings/" + id + "/invitations";

        json().body(Map.of()).post(invitations).then().statusCode(400);
        json().body(Map.of("agencyCodes", List.of(empty), "officialCodes", List.of(lawyer, "NOBODY-X")))
                .post(invitations).then().statusCode(422)
                .body("errors.field", contains("agencyCodes[0]", "officialCodes[0]", "officialCodes[1]"))
                .body("errors[0].message", containsString("no head in post on " + date));
        given().get("/api/trainings/" + id).then().body("invited", equalTo(0));

        String before = etag(id);
        json().header("If-Match", before).body(Map.of("agencyCodes", List.of(agency), "officialCodes", List.of(staff)))
                .post(invitations).then().statusCode(200).body("invited", equalTo(3))
                .body("invitations.officialCode", containsInAnyOrder(principal, deputy, staff))
                .body("invitations.find { it.officialCode == '" + staff + "' }.head", equalTo(false))
                .body("invitations.attendance", contains("INVITED", "INVITED", "INVITED"));
        json().header("If-Match", before).body(Map.of("officialCodes", List.of(staff))).post(invitations).then()
                .statusCode(412);
        json().header("If-Match", etag(id)).body(Map.of("agencyCodes", List.of(agency))).post(invitations).then()
                .statusCode(200).body("invited", equalTo(3));

        json().header("If-Match", etag(id)).body(Map.of("attendance", List.of(Map.of("officialCode", principal,
                        "attended", true)))).put("/api/trainings/" + id + "/attendance").then().statusCode(422)
                .body("errors[0].field", equalTo("attendance")).body("detail", containsString(date.toString()));
        json().header("If-Match", etag(id)).body(Map.of("topic", "  ", "speaker", "王法官", "speakerCourt", "区法院",
                "startsAt", date + "T09:00:00+08:00", "place", "会议室")).put("/api/trainings/" + id).then()
                .statusCode(400);
        json().header("If-Match", etag(id)).body(body(date.plusDays(1) + "T09:00:00+08:00"))
                .put("/api/trainings/" + id).then().statusCode(200)
                .body("startsAt", equalTo(date.plusDays(1) + "T09:00:00+08:00"));

        json().header("If-Match", etag(id)).delete(invitations + "/" + staff).then().statusCode(200)
                .body("invited", equalTo(2));
        given().delete("/api/trainings/" + id).then().statusCode(204);
        given().get("/api/trainings/" + id).then().statusCode(404);
    }

    @Test
    void theShareOfAnAgencysHeadsTrainedCountsTheHeadsOfTheYearAndTheRecordListsTheSession() {
        String agency = Fixtures.agency("DEPARTMENT");
        String principal = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        String deputy = Fixtures.official(agency, "DEPUTY", "2020-01-01", null);
        String leader = Fixtures.official(agency, "OTHER_LEADER", "2020-01-01", "2021-03-31");
        String staff = Fixtures.official(agency, "STAFF", "2020-01-01", null);
        Fixtures.official(agency, "DEPUTY", "2022-01-01", null); // not yet a head in 2021
        long june = session("2021-06-16T14:30:00+08:00");
        long march = session("2021-03-10T09:00:00+08:00");
        invite(june, Map.of("agencyCodes", List.of(agency), "officialCodes", List.of(staff)));
        invite(march, Map.of("officialCodes", List.of(leader)));

        given().get("/api/trainings/coverage?year=2021&agencyCode=" + agency).then().statusCode(200)
                .body("agencies", hasSize(1)).body("agencies[0].heads", equalTo(3))
                .body("agencies[0].headsInvited", equalTo(3)).body("agencies[0].headsTrained", equalTo(0))
                .body("agencies[0].share", equalTo(0.0f));

        attendance(june, List.of(Map.of("officialCode", principal, "attended", true),
                Map.of("officialCode", deputy, "attended", false), Map.of("officialCode", staff, "attended", true)));
        attendance(march, List.of(Map.of("officialCode", leader, "attended", true)));
        given().get("/api/trainings/" + june).then().body("attended", equalTo(2)).body("absent", equalTo(1));
        given().delete("/api/trainings/" + june).then().statusCode(409);
        json().header("If-Match", etag(june)).body(body("2021-06-17T14:30:00+08:00")).put("/api/trainings/" + june)
                .then().statusCode(422).body("errors[0].field", equalTo("startsAt"));

        JsonPath coverage = given().get("/api/trainings/coverage?year=2021&agencyCode=" + agency).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, coverage.getInt("agencies[0].heads"));
        assertEquals(2, coverage.getInt("agencies[0].headsTrained"));
        assertEquals(2.0 / 3, coverage.getDouble("agencies[0].share"), 1e-6);
        assertEquals(List.of("王某"), coverage.getList("agencies[0].untrained"));
        given().get("/api/trainings/coverage?year=2022&agencyCode=" + agency).then()
                .body("agencies[0].heads", equalTo(3)).body("agencies[0].headsTrained", equalTo(0));
        given().get("/api/trainings/coverage").then().statusCode(400);
        given().get("/api/trainings?year=2021&agencyCode=" + agency).then().statusCode(200)
                .body("items.id", contains((int) june, (int) march));

        given().get("/api/officials/" + principal + "/record?year=2021").then().statusCode(200)
                .body("summary.trainings", equalTo(1)).body("trainings[0].sessionId", equalTo((int) june))
                .body("trainings[0].speakerCourt", equalTo("重庆市渝北区人民法院"));
        given().get("/api/officials/" + deputy + "/record?year=2021").then().body("trainings", hasSize(0));
    }

    @Test
    void anAgencySeesTheSessionsItIsInvitedToWithOnlyItsOwnInvitees() {
        String mine = Fixtures.agency("DEPARTMENT");
        String theirs = Fixtures.agency("SUBDISTRICT");
        String myHead = Fixtures.official(mine, "PRINCIPAL", "2020-01-01", null);
        String theirHead = Fixtures.official(theirs, "PRINCIPAL", "2020-01-01", null);
        long shared = session(today().plusDays(30) + "T09:00:00+08:00");
        long notMine = session(today().plusDays(31) + "T09:00:00+08:00");
        invite(shared, Map.of("officialCodes", List.of(myHead, theirHead)));
        invite(notMine, Map.of("officialCodes", List.of(theirHead)));

        String token = Fixtures.agencyToken(mine);
        Api.as(token).get("/api/trainings/" + shared).then().statusCode(200).body("invited", equalTo(1))
                .body("invitations.officialCode", contains(myHead));
        Api.as(token).get("/api/trainings/" + notMine).then().statusCode(404);
        Api.as(token).get("/api/trainings?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) shared)).body("items.id", not(hasItem((int) notMine)));
        Api.as(token).contentType(ContentType.JSON).body(body("2030-01-01T09:00:00+08:00")).post("/api/trainings")
                .then().statusCode(403);
        Api.as(token).get("/api/trainings/coverage?year=" + today().getYear()).then().statusCode(200)
                .body("agencies.agencyCode", contains(mine));
        Api.as(token).get("/api/trainings/reminders").then().statusCode(200)
                .body("agencyCode", not(hasItem(theirs)));
    }

    @Test
    void agenciesAreRemindedOnceOfASessionWithinTheReminderDays() {
        String agency = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        String deputy = Fixtures.official(agency, "DEPUTY", "2020-01-01", null);
        long soon = session(today().plusDays(2) + "T14:30:00+08:00");
        long later = session(today().plusDays(40) + "T14:30:00+08:00");
        invite(soon, Map.of("agencyCodes", List.of(agency)));
        invite(later, Map.of("agencyCodes", List.of(agency)));

        String mineSoon = "find { it.sessionId == " + soon + " && it.agencyCode == '" + agency + "' }";
        given().get("/api/trainings/reminders").then().statusCode(200)
                .body(mineSoon + ".officials", hasSize(2)).body(mineSoon + ".remindedAt", nullValue())
                .body("find { it.sessionId == " + later + " }", nullValue());
        Api.as(Fixtures.agencyToken(agency)).get("/api/trainings/reminders").then().statusCode(200)
                .body("sessionId", contains((int) soon));

        mailbox.clear();
        given().post("/api/trainings/reminders/send").then().statusCode(200);
        List<Mail> sent = mailbox.getMailsSentTo("bureau@yingsu.test");
        assertTrue(sent.stream().anyMatch(m -> m.getText().contains("测试机关" + agency)
                && m.getSubject().startsWith("培训提醒")), "the bureau is told of the agency's reminder");
        given().get("/api/trainings/reminders").then().body(mineSoon + ".remindedAt", notNullValue());

        mailbox.clear();
        given().post("/api/trainings/reminders/send").then().statusCode(200);
        assertTrue(mailbox.getMailsSentTo("bureau@yingsu.test").stream()
                .noneMatch(m -> m.getText().contains("测试机关" + agency)), "an agency is reminded of a session once");
        given().get("/api/trainings/" + soon).then().body("invitations.officialCode", containsInAnyOrder(head, deputy));
    }
}
