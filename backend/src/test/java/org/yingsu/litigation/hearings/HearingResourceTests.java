package org.yingsu.litigation.hearings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class HearingResourceTests {

    @Test
    void createReadUpdateDeleteAHearingShownInShanghaiTime() {
        String bureau = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long id = Json.post("/api/hearings", Map.of("caseId", caseId, "scheduledAt", "2022-12-31T17:00:00Z",
                        "status", "SCHEDULED"))
                .statusCode(201).body("caseId", equalTo((int) caseId))
                .body("scheduledAt", equalTo("2023-01-01T01:00:00+08:00")).body("date", equalTo("2023-01-01"))
                .body("status", equalTo("SCHEDULED")).extract().jsonPath().getLong("id");
        Json.put("/api/hearings/" + id, "\"0\"", Map.of("scheduledAt", "2023-01-01T01:00:00+08:00",
                "status", "HELD")).statusCode(200).body("status", equalTo("HELD")).body("version", equalTo(1));
        given().queryParam("caseId", caseId).queryParam("status", "HELD").get("/api/hearings").then()
                .body("items.id", contains((int) id));
        given().queryParam("agencyCode", bureau).get("/api/hearings").then().body("items.id", contains((int) id));
        given().delete("/api/hearings/" + id).then().statusCode(204);
        given().get("/api/hearings/" + id).then().statusCode(404);
    }

    @Test
    void twoHearingsOfOneCaseAtTheSameTimeAre409() {
        long caseId = Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")), "FIRST_INSTANCE");
        Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "SCHEDULED");
        Json.post("/api/hearings", Map.of("caseId", caseId, "scheduledAt", "2022-03-01T01:30:00Z",
                "status", "SCHEDULED")).statusCode(409).body("errors[0].field", equalTo("scheduledAt"));
    }

    @Test
    void r5AHearingWithAppearancesStaysHeldAndCannotBeDeleted() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(bureau, "PRINCIPAL", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long id = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "HELD");
        Json.post("/api/appearances", Map.of("hearingId", id, "officialCode", head, "spoke", true)).statusCode(201);
        Json.put("/api/hearings/" + id, "*", Map.of("scheduledAt", "2022-03-01T09:30:00+08:00",
                "status", "POSTPONED")).statusCode(422).body("errors[0].field", equalTo("status"));
        given().delete("/api/hearings/" + id).then().statusCode(409);
        given().get("/api/hearings/" + id).then().body("status", equalTo("HELD"));
    }

    @Test
    void aHearingOfAnUnknownCaseIsRefused() {
        Json.post("/api/hearings", Map.of("caseId", 999_999_999, "scheduledAt", "2022-03-01T09:30:00+08:00",
                "status", "SCHEDULED")).statusCode(422).body("errors[0].field", equalTo("caseId"));
    }
}
