package org.yingsu.litigation.notices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class NoticeResourceTests {

    @Test
    void createReadUpdateDeleteANotice() {
        String bureau = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long hearing = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "SCHEDULED");
        String number = Fixtures.unique("（2022）渝0112行初1号之");
        long id = Json.post("/api/notices", Map.of("hearingId", hearing, "agencyCode", bureau, "number", number,
                        "servedOn", "2022-02-20"))
                .statusCode(201).body("court", equalTo("重庆市渝北区人民法院")).body("number", equalTo(number))
                .body("agencyCode", equalTo(bureau)).body("leadDays", equalTo(9)).body("late", equalTo(false))
                .extract().jsonPath().getLong("id");
        Json.put("/api/notices/" + id, "\"0\"", Map.of("servedOn", "2022-02-21")).statusCode(200)
                .body("servedOn", equalTo("2022-02-21")).body("leadDays", equalTo(8));
        given().queryParam("agencyCode", bureau).get("/api/notices").then().body("total", equalTo(1));
        given().delete("/api/notices/" + id).then().statusCode(204);
        given().get("/api/notices/" + id).then().statusCode(404);
    }

    @Test
    void r3ANoticeServedFewerThanThreeDaysAheadIsAcceptedAndFlaggedLate() {
        String bureau = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        // 09:30 in Chongqing is 01:30 UTC: the lead time counts Shanghai calendar days.
        long hearing = Fixtures.hearing(caseId, "2022-03-01T01:30:00Z", "SCHEDULED");
        Json.post("/api/notices", Map.of("hearingId", hearing, "agencyCode", bureau,
                        "number", Fixtures.unique("通知"), "servedOn", "2022-02-27"))
                .statusCode(201).body("leadDays", equalTo(2)).body("late", equalTo(true));
        Json.post("/api/notices", Map.of("hearingId", hearing, "agencyCode", bureau,
                        "number", Fixtures.unique("通知"), "servedOn", "2022-02-26"))
                .statusCode(201).body("leadDays", equalTo(3)).body("late", equalTo(false));
    }

    @Test
    void aNoticeToAnAgencyThatIsNotADefendantIsRefused() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String stranger = Fixtures.agency("DEPARTMENT");
        long hearing = Fixtures.hearing(Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE"),
                "2022-03-01T09:30:00+08:00", "SCHEDULED");
        Json.post("/api/notices", Map.of("hearingId", hearing, "agencyCode", stranger,
                        "number", Fixtures.unique("通知"), "servedOn", "2022-02-20"))
                .statusCode(422).body("errors[0].field", equalTo("agencyCode"));
        given().queryParam("hearingId", hearing).get("/api/notices").then().body("total", equalTo(0));
    }

    @Test
    void aDuplicateNoticeNumberOfTheSameCourtIs409() {
        String bureau = Fixtures.agency("DEPARTMENT");
        long hearing = Fixtures.hearing(Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE"),
                "2022-03-01T09:30:00+08:00", "SCHEDULED");
        Map<String, Object> body = Map.of("hearingId", hearing, "agencyCode", bureau,
                "number", Fixtures.unique("通知"), "servedOn", "2022-02-20");
        Json.post("/api/notices", body).statusCode(201);
        Json.post("/api/notices", body).statusCode(409).body("errors[0].field", equalTo("number"));
    }
}
