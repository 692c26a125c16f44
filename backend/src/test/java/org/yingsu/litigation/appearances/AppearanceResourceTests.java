package org.yingsu.litigation.appearances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class AppearanceResourceTests {

    private String bureau;
    private long caseId;
    private long held;

    @BeforeEach
    void setUp() {
        bureau = Fixtures.agency("DEPARTMENT");
        caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        held = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "HELD");
    }

    @Test
    void createReadUpdateDeleteAnAppearanceRecordedByTheAgency() {
        String head = Fixtures.official(bureau, "PRINCIPAL", "2020-01-01", null);
        long id = Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", head, "spoke", true))
                .statusCode(201).body("agencyCode", equalTo(bureau)).body("officialRole", equalTo("PRINCIPAL"))
                .body("source", equalTo("AGENCY")).body("spoke", equalTo(true)).body("leftEarly", equalTo(false))
                .body("identityStatus", equalTo("VERIFIED")).body("countsAsHead", equalTo(true))
                .body("flags", empty()).extract().jsonPath().getLong("id");
        Json.put("/api/appearances/" + id, "\"0\"", Map.of("spoke", true, "leftEarly", true,
                "identityStatus", "PENDING")).statusCode(200).body("leftEarly", equalTo(true))
                .body("flags", contains("LEFT_EARLY"));
        given().queryParam("hearingId", held).get("/api/appearances").then().body("items.id", contains((int) id));
        given().delete("/api/appearances/" + id).then().statusCode(204);
        given().get("/api/appearances/" + id).then().statusCode(404);
    }

    @Test
    void r5AnAppearanceAtAHearingThatWasNotHeldIsRefused() {
        String head = Fixtures.official(bureau, "PRINCIPAL", "2020-01-01", null);
        long scheduled = Fixtures.hearing(caseId, "2022-05-01T09:30:00+08:00", "SCHEDULED");
        Json.post("/api/appearances", Map.of("hearingId", scheduled, "officialCode", head, "spoke", true))
                .statusCode(422).body("errors[0].field", equalTo("hearingId"))
                .body("errors[0].message", containsString("hearing that was held"));
        given().queryParam("hearingId", scheduled).get("/api/appearances").then().body("total", equalTo(0));
    }

    @Test
    void r5AnOfficialOfAnotherAgencyIsRefused() {
        String stranger = Fixtures.official(Fixtures.agency("DEPARTMENT"), "PRINCIPAL", "2020-01-01", null);
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", stranger, "spoke", true))
                .statusCode(422).body("errors[0].field", equalTo("officialCode"))
                .body("errors[0].message", containsString("not a defendant"));
    }

    @Test
    void r1StaffAndLawyersAreRecordedButNeverCountAsTheHead() {
        for (String role : List.of("STAFF", "LAWYER")) {
            String official = Fixtures.official(bureau, role, "2020-01-01", null);
            Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", official, "spoke", true))
                    .statusCode(201).body("countsAsHead", equalTo(false));
        }
    }

    @Test
    void r1ADeputyWhosePostEndedBeforeTheHearingDoesNotCount() {
        String former = Fixtures.official(bureau, "DEPUTY", "2018-01-01", "2022-02-28");
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", former, "spoke", true))
                .statusCode(201).body("countsAsHead", equalTo(false));
        String current = Fixtures.official(bureau, "DEPUTY", "2022-03-01", null);
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", current, "spoke", true))
                .statusCode(201).body("countsAsHead", equalTo(true));
    }

    @Test
    void r1ARejectedIdentityProofMeansTheHeadIsAbsent() {
        String head = Fixtures.official(bureau, "OTHER_LEADER", "2020-01-01", null);
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", head, "spoke", true,
                "identityStatus", "REJECTED")).statusCode(201).body("countsAsHead", equalTo(false));
    }

    @Test
    void r6AHeadWhoDidNotSpeakCountsAndIsFlaggedSilent() {
        String head = Fixtures.official(bureau, "DEPUTY", "2020-01-01", null);
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", head, "spoke", false))
                .statusCode(201).body("countsAsHead", equalTo(true)).body("flags", contains("SILENT_APPEARANCE"));
    }

    @Test
    void r10TheAgencysOwnRecordIsKeptWithItsSource() {
        String head = Fixtures.official(bureau, "PRINCIPAL", "2020-01-01", null);
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", head, "spoke", true))
                .statusCode(201).body("source", equalTo("AGENCY"));
        // The agency records an official once; the court's record of the same person is kept beside it.
        Json.post("/api/appearances", Map.of("hearingId", held, "officialCode", head, "spoke", true))
                .statusCode(409).body("errors[0].field", equalTo("officialCode"));
    }
}
