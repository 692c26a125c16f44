package org.yingsu.calendar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
}
