package org.yingsu.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.interviews.InterviewDtos.RefreshResult;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/**
 * 约谈 through the API: agencies at zero in a quarter become one task each; the bureau records the interview and
 * completes it; overdue is computed from the Asia/Shanghai date; an agency sees its own tasks only.
 */
@QuarkusTest
class InterviewTests {

    private static final long LOCK_KEY = 0x5969_6e67_7375_0002L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    InterviewService service;

    @Inject
    AgroalDataSource dataSource;

    /** An agency with one first-instance case heard at {@code heldAt} and nobody of it present. */
    private static String agencyAtZero(String heldAt) {
        String agency = Fixtures.agency("DEPARTMENT");
        Fixtures.hearing(Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE"), heldAt, "HELD");
        return agency;
    }

    /** The agency's head appears at a new case heard at {@code heldAt}; answers the appearance's id. */
    private static long headAppears(String agency, String head, String heldAt) {
        long hearing = Fixtures.hearing(Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE"), heldAt, "HELD");
        return Json.post("/api/appearances", Map.of("hearingId", hearing, "officialCode", head, "spoke", true))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath refresh(int year, Integer quarter) {
        Map<String, Object> body = new HashMap<>(Map.of("year", year));
        body.put("quarter", quarter);
        return Json.post("/api/interviews/refresh", body).statusCode(200).body("ran", equalTo(true))
                .extract().jsonPath();
    }

    private static JsonPath tasksOf(String agency) {
        return given().queryParam("agencyCode", agency).get("/api/interviews").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long taskOf(String agency) {
        JsonPath tasks = tasksOf(agency);
        assertEquals(1, tasks.getInt("total"), "one task for " + agency);
        return tasks.getLong("items[0].id");
    }

    private static Map<String, Object> record(String heldOn, List<Map<String, Object>> participants, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn);
        body.put("location", "区司法局三楼会议室");
        body.put("participants", participants);
        body.put("notes", "通报该单位本季度出庭应诉情况，听取情况说明。");
        body.put("outcome", outcome);
        return body;
    }

    private static Map<String, Object> bureauStaff() {
        return Map.of("side", "BUREAU", "name", "李某", "title", "法治督察科科长");
    }

    private static String today() {
        return LocalDate.now(SHANGHAI).toString();
    }

    @Test
    void aZeroRateAgencyGetsOneTaskAndASecondRefreshAddsNone() {
        String zero = agencyAtZero("2013-02-10T09:30:00+08:00");
        String withHead = Fixtures.agency("DEPARTMENT");
        headAppears(withHead, Fixtures.official(withHead, "PRINCIPAL", "2010-01-01", null),
                "2013-02-11T09:30:00+08:00");
        Fixtures.hearing(Fixtures.caseOf(List.of(withHead), "FIRST_INSTANCE"), "2013-03-11T09:30:00+08:00", "HELD");

        JsonPath first = refresh(2013, 1);
        assertEquals(List.of("2013-Q1"), first.getList("periods"));
        assertTrue(first.getInt("created") >= 1);
        JsonPath tasks = tasksOf(zero);
        assertEquals(1, tasks.getInt("total"));
        assertEquals("OPEN", tasks.getString("items[0].status"));
        assertEquals("2013-Q1", tasks.getString("items[0].period"));
        assertEquals(1, tasks.getInt("items[0].casesHeard"));
        assertTrue(tasks.getBoolean("items[0].atZero"));
        assertFalse(tasks.getBoolean("items[0].overdue"));
        assertEquals(today(), tasks.getString("items[0].openedOn"));
        assertEquals(LocalDate.now(SHANGHAI).plusDays(30).toString(), tasks.getString("items[0].dueOn"),
                "due 30 days after it was opened (yingsu.supervision.interviews.due-days)");
        assertEquals(0, tasksOf(withHead).getInt("total"), "a head appeared in one of its two cases: 50%, not 0%");

        assertEquals(0, refresh(2013, 1).getInt("created"), "a second refresh adds nothing");
        assertEquals(0, refresh(2013, null).getInt("created"), "nor does the whole year, which includes the quarter");
        assertEquals(1, tasksOf(zero).getInt("total"));
    }

    @Test
    void theScheduledRefreshSkipsWhileAnotherInstanceHoldsTheLock() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            assertFalse(service.refreshRecent().ran(), "a second instance skips the tick");
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            }
        }
        RefreshResult ran = service.refreshRecent();
        assertTrue(ran.ran());
        LocalDate today = LocalDate.now(SHANGHAI);
        assertTrue(ran.periods().contains((today.getYear() - 1) + "-Q4"), "last year's quarters are looked at");
        assertFalse(ran.periods().contains(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1)),
                "the quarter in progress is not");
    }

    @Test
    void aQuarterIsLookedAtOnlyOnceItHasEnded() {
        LocalDate today = LocalDate.now(SHANGHAI);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        Json.post("/api/interviews/refresh", Map.of("year", today.getYear(), "quarter", quarter)).statusCode(422)
                .body("errors[0].field", equalTo("quarter"));
        Json.post("/api/interviews/refresh", Map.of("year", today.getYear() + 1)).statusCode(422)
                .body("errors[0].field", equalTo("year"));
        Json.post("/api/interviews/refresh", Map.of("year", 2013, "quarter", 5)).statusCode(400)
                .body("errors[0].field", containsString("quarter"));
    }

    @Test
    void correctedFiguresCancelAnUntouchedTaskAndKeepAWorkedOne() {
        String untouched = Fixtures.agency("SUBDISTRICT");
        String worked = Fixtures.agency("SUBDISTRICT");
        String untouchedHead = Fixtures.official(untouched, "PRINCIPAL", "2010-01-01", null);
        String workedHead = Fixtures.official(worked, "DEPUTY", "2010-01-01", null);
        long untouchedCase = Fixtures.caseOf(List.of(untouched), "FIRST_INSTANCE");
        long untouchedHearing = Fixtures.hearing(untouchedCase, "2013-05-10T09:30:00+08:00", "HELD");
        long workedHearing = Fixtures.hearing(Fixtures.caseOf(List.of(worked), "FIRST_INSTANCE"),
                "2013-05-11T09:30:00+08:00", "HELD");
        refresh(2013, 2);
        long untouchedTask = taskOf(untouched);
        long workedTask = taskOf(worked);
        Json.put("/api/interviews/" + workedTask, "*", record(null, List.of(), null)).statusCode(200);

        // The agencies' records were late: both heads had in fact appeared.
        long appearance = Json.post("/api/appearances", Map.of("hearingId", untouchedHearing,
                "officialCode", untouchedHead, "spoke", true)).statusCode(201).extract().jsonPath().getLong("id");
        Json.post("/api/appearances", Map.of("hearingId", workedHearing, "officialCode", workedHead, "spoke", true))
                .statusCode(201);
        JsonPath corrected = refresh(2013, 2);
        assertTrue(corrected.getInt("cancelled") >= 1);
        assertTrue(corrected.getInt("noLongerAtZero") >= 1);
        given().get("/api/interviews/" + untouchedTask).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledByRefresh", equalTo(true))
                .body("cancelledOn", equalTo(today())).body("atZero", equalTo(false));
        given().get("/api/interviews/" + workedTask).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("atZero", equalTo(false))
                .body("notes", equalTo("通报该单位本季度出庭应诉情况，听取情况说明。"));

        // Corrected back: the task the refresh cancelled opens again, the same record.
        given().delete("/api/appearances/" + appearance).then().statusCode(204);
        assertTrue(refresh(2013, 2).getInt("reopened") >= 1);
        given().get("/api/interviews/" + untouchedTask).then().body("status", equalTo("OPEN"))
                .body("atZero", equalTo(true)).body("cancelledOn", nullValue());
        assertEquals(1, tasksOf(untouched).getInt("total"));

        // The bureau cancels a worked task itself, saying why; the refresh leaves that decision alone.
        Json.post("/api/interviews/" + workedTask + "/cancel", Map.of("reason", "")).statusCode(400);
        Json.post("/api/interviews/" + workedTask + "/cancel", Map.of("reason", "经核实负责人已出庭，数据已更正"))
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledByRefresh", equalTo(false));
        refresh(2013, 2);
        given().get("/api/interviews/" + workedTask).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("经核实负责人已出庭，数据已更正"));
    }

    @Test
    void overdueMeansOpenPastTheDueDateInShanghai() {
        String agency = agencyAtZero("2013-08-10T09:30:00+08:00");
        refresh(2013, 3);
        long task = taskOf(agency);
        String due = given().get("/api/interviews/" + task).then().body("overdue", equalTo(false))
                .extract().jsonPath().getString("dueOn");
        given().queryParam("agencyCode", agency).queryParam("overdue", false).get("/api/interviews").then()
                .body("total", equalTo(1));

        // On the due date, just before midnight in Shanghai (afternoon in UTC): still in time.
        LocalDate dueOn = LocalDate.parse(due);
        QuarkusMock.installMockForType(Clock.fixed(dueOn.atTime(23, 59).atZone(SHANGHAI).toInstant(),
                ZoneOffset.UTC), Clock.class);
        given().get("/api/interviews/" + task).then().body("overdue", equalTo(false));

        // Ten minutes later it is the next day in Shanghai, though still the due date in UTC: overdue.
        QuarkusMock.installMockForType(Clock.fixed(dueOn.plusDays(1).atTime(0, 9).atZone(SHANGHAI).toInstant(),
                ZoneOffset.UTC), Clock.class);
        given().get("/api/interviews/" + task).then().body("overdue", equalTo(true));
        given().queryParam("agencyCode", agency).queryParam("overdue", true).get("/api/interviews").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) task));
        given().queryParam("agencyCode", agency).queryParam("overdue", false).get("/api/interviews").then()
                .body("total", equalTo(0));

        // Done late is done: no longer overdue.
        Json.post("/api/interviews/" + task + "/complete", record(dueOn.toString(), List.of(
                        Map.of("side", "AGENCY", "name", "赵某", "title", "局长"), bureauStaff()),
                "主要负责人作出书面整改承诺")).statusCode(200)
                .body("status", equalTo("DONE")).body("overdue", equalTo(false))
                .body("completedOn", equalTo(dueOn.plusDays(1).toString()));
        given().queryParam("agencyCode", agency).queryParam("overdue", true).get("/api/interviews").then()
                .body("total", equalTo(0));
    }

    @Test
    void completingNeedsTheDayPeopleOfBothSidesAndTheOutcome() {
        String agency = agencyAtZero("2013-11-10T09:30:00+08:00");
        String head = Fixtures.official(agency, "PRINCIPAL", "2010-01-01", null);
        String stranger = Fixtures.official(Fixtures.agency("DEPARTMENT"), "PRINCIPAL", "2010-01-01", null);
        refresh(2013, 4);
        long task = taskOf(agency);
        String path = "/api/interviews/" + task;
        List<Map<String, Object>> people = List.of(Map.of("side", "AGENCY", "officialCode", head), bureauStaff());

        Json.post(path + "/complete", record("2014-01-15", people, null)).statusCode(422)
                .body("errors.field", equalTo(List.of("outcome")))
                .body("errors[0].message", containsString("required"));
        Json.post(path + "/complete", record(null, List.of(bureauStaff()), "  ")).statusCode(422)
                .body("errors.field", equalTo(List.of("heldOn", "participants", "outcome")));
        given().get(path).then().body("status", equalTo("OPEN")).body("notes", nullValue())
                .body("participants", equalTo(List.of())).body("version", equalTo(0));

        Json.post(path + "/complete", record(LocalDate.now(SHANGHAI).plusDays(1).toString(), people, "整改"))
                .statusCode(422).body("errors[0].field", equalTo("heldOn"));
        Json.post(path + "/complete", record("2013-09-30", people, "整改")).statusCode(422)
                .body("errors[0].field", equalTo("heldOn"));
        Json.put(path, "*", record("2014-01-15", List.of(Map.of("side", "AGENCY", "officialCode", stranger)), null))
                .statusCode(422).body("errors[0].field", equalTo("participants[0].officialCode"));
        Json.put(path, "*", record("2014-01-15", List.of(Map.of("side", "BUREAU", "officialCode", head)), null))
                .statusCode(422).body("errors[0].field", equalTo("participants[0].side"));
        Json.put(path, "*", record("2014-01-15", List.of(Map.of("side", "BUREAU", "title", "科员")), null))
                .statusCode(422).body("errors[0].field", equalTo("participants[0].name"));

        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        String saved = Json.put(path, etag, record("2014-01-15", people, null)).statusCode(200)
                .body("status", equalTo("OPEN")).body("participants[0].officialCode", equalTo(head))
                .body("participants[0].name", equalTo("王某")).body("participants[0].title", equalTo("局长"))
                .body("participants[0].officialRole", equalTo("PRINCIPAL"))
                .body("participants[1].name", equalTo("李某")).extract().header("ETag");
        assertFalse(etag.equals(saved), "the ETag changes with the record");
        Json.put(path, etag, record("2014-01-16", people, null)).statusCode(412);
        given().header("If-Match", etag).contentType(ContentType.JSON)
                .body(record("2014-01-16", people, "主要负责人作出整改承诺")).post(path + "/complete").then()
                .statusCode(412);

        given().header("If-Match", saved).contentType(ContentType.JSON)
                .body(record("2014-01-15", people, "主要负责人作出整改承诺，一季度内负责人出庭率达到90%")).post(path + "/complete")
                .then().statusCode(200).body("status", equalTo("DONE")).body("completedOn", equalTo(today()))
                .body("heldOn", equalTo("2014-01-15")).body("outcome", containsString("整改承诺"));
        Json.put(path, "*", record("2014-01-15", people, "改写")).statusCode(409);
        Json.post(path + "/cancel", Map.of("reason", "不再需要约谈")).statusCode(409);
        given().queryParam("agencyCode", agency).queryParam("status", "DONE").get("/api/interviews").then()
                .body("total", equalTo(1));
    }

    @Test
    void anAgencySeesItsOwnInterviewsReadOnlyAndAnothersNotAtAll() {
        String own = agencyAtZero("2012-02-10T09:30:00+08:00");
        String other = agencyAtZero("2012-02-11T09:30:00+08:00");
        refresh(2012, 1);
        long ownTask = taskOf(own);
        long otherTask = taskOf(other);
        String token = Fixtures.agencyToken(own);

        Api.as(token).get("/api/interviews").then().statusCode(200)
                .body("items.id", hasItem((int) ownTask)).body("items.id", not(hasItem((int) otherTask)))
                .body("items.agencyCode", not(hasItem(other)));
        Api.as(token).get("/api/interviews/" + ownTask).then().statusCode(200).body("agencyCode", equalTo(own));
        Api.as(token).get("/api/interviews/" + otherTask).then().statusCode(404);
        Api.as(token).contentType(ContentType.JSON).body(record(null, List.of(), null))
                .header("If-Match", "*").put("/api/interviews/" + ownTask).then().statusCode(403);
        Api.as(token).contentType(ContentType.JSON).body(Map.of("year", 2012))
                .post("/api/interviews/refresh").then().statusCode(403);
    }
}
