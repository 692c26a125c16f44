package org.yingsu.calendar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class CalendarTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFeedParsesAndHoldsTheAgencysHearingsUntilRevoked() throws Exception {
        String bureau = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(bureau, "PRINCIPAL", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        OffsetDateTime when = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(5).withHour(9).withMinute(30)
                .withSecond(0).withNano(0);
        long hearing = Fixtures.hearing(caseId, when.toString(), "SCHEDULED");
        long otherCase = Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")), "FIRST_INSTANCE");
        Fixtures.hearing(otherCase, when.toString(), "SCHEDULED");
        Json.post("/api/confirmations", Map.of("hearingId", hearing, "agencyCode", bureau, "officialCode", head))
                .statusCode(200);

        var created = Json.post("/api/calendar/subscriptions", Map.of("name", "局长日历", "officialCode", head))
                .statusCode(201).extract().jsonPath();
        String path = created.getString("feedPath");
        String ics = given().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), "only hearings of the official's agency");
        VEvent event = events.get(0);
        assertEquals(when.toInstant(), java.time.Instant.from(event.getDateTimeStart().getDate()));
        String summary = event.getProperty(Property.SUMMARY).orElseThrow().getValue();
        assertTrue(summary.startsWith("【请您出庭】开庭："), summary);
        assertTrue(event.getProperty(Property.LOCATION).orElseThrow().getValue().contains("人民法院"));

        given().delete("/api/calendar/subscriptions/" + created.getLong("id")).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().get("/api/calendar/feeds/guessed-secret.ics").then().statusCode(404);
    }
    /** Issue 16 item 8: the feed as calendar apps and their users expect it. */
    @Test
    void theFeedIsInBeijingTimeNamedFoldedByOctetsAndTheSameUntilAHearingChanges() throws Exception {
        String agency = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        OffsetDateTime when = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(7).withHour(9).withMinute(30)
                .withSecond(0).withNano(0);
        long hearing = Fixtures.hearing(caseId, when.toString(), "SCHEDULED");
        String name = "渝北区交通运输局开庭日历";
        String path = Json.post("/api/calendar/subscriptions", Map.of("name", name, "agencyCode", agency))
                .statusCode(201).extract().path("feedPath");

        // The hearing last changed long ago: a stamp of the fetch's own time would show at once.
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "update hearing set updated_at = '2026-01-02T03:04:05Z' where id = ?")) {
            // As every write path does: the case's duties are recomputed in the transaction that touched it.
            c.setAutoCommit(false);
            ps.setLong(1, hearing);
            ps.executeUpdate();
            io.quarkus.arc.Arc.container().instance(org.yingsu.litigation.duties.DutyWriter.class).get()
                    .recomputeStale(c);
            c.commit();
        }
        String first = given().get(path).then().statusCode(200).extract().asString();
        String second = given().get(path).then().statusCode(200).extract().asString();
        assertEquals(first, second, "an unchanged feed is byte for byte the same (DTSTAMP included)");
        for (String line : first.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(first.contains("\r\n "), "the Chinese description is folded");

        Calendar calendar = new CalendarBuilder().build(new StringReader(first));
        assertEquals(name, calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals("Asia/Shanghai", calendar.getComponent("VTIMEZONE").orElseThrow()
                .getProperty(Property.TZID).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertEquals("Asia/Shanghai", start.getParameter("TZID").orElseThrow().getValue());
        assertTrue(start.getValue().endsWith("T093000"), start.getValue());
        assertTrue(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("出庭负责人：尚未确认"));
        String stamp = event.getProperty(Property.DTSTAMP).orElseThrow().getValue();
        assertEquals("20260102T030405Z", stamp, "stamped with the hearing's last change, not with the fetch");
        int sequence = Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        String etag = given().get("/api/hearings/" + hearing).then().statusCode(200).extract().header("ETag");
        Json.put("/api/hearings/" + hearing, etag, Map.of("scheduledAt", when.plusHours(5).toString(),
                "status", "SCHEDULED")).statusCode(200);
        VEvent moved = new CalendarBuilder().build(new StringReader(given().get(path).then().statusCode(200)
                .extract().asString())).<VEvent>getComponents("VEVENT").get(0);
        assertTrue(moved.getProperty(Property.DTSTART).orElseThrow().getValue().endsWith("T143000"));
        assertTrue(Integer.parseInt(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()) > sequence,
                "a moved hearing is a new revision of its event");
        assertTrue(!stamp.equals(moved.getProperty(Property.DTSTAMP).orElseThrow().getValue()));
    }

    @Test
    void foldingNeverSplitsACharacterAndKeepsLinesWithin75Octets() {
        String line = "DESCRIPTION:" + "案号（2023）渝0112行初123号".repeat(10) + "😀end";
        String folded = CalendarService.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""), "unfolding gives the line back");
    }
}
