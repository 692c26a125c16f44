package org.yingsu.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class RecommendationTests {

    @Test
    void aRecommendationGoesFromReceivedToAnsweredToDone() {
        String bureau = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        String number = Fixtures.unique("（2022）渝0112司建");
        long id = Json.post("/api/recommendations", Map.of("court", "重庆市渝北区人民法院", "number", number,
                        "caseId", caseId, "agencyCode", bureau, "receivedOn", "2022-05-01",
                        "content", "贵单位负责人无正当理由未出庭应诉，建议加强出庭应诉工作。", "dueOn", "2022-07-01"))
                .statusCode(201).body("status", equalTo("RECEIVED")).body("overdue", equalTo(true))
                .extract().jsonPath().getLong("id");
        given().queryParam("agencyCode", bureau).queryParam("overdue", true).get("/api/recommendations").then()
                .body("total", equalTo(1));
        Json.post("/api/recommendations/" + id + "/close", Map.of()).statusCode(409);
        Json.post("/api/recommendations/" + id + "/answer", Map.of("response", "已召开专题会议，明确负责人出庭应诉责任。"))
                .statusCode(200).body("status", equalTo("ANSWERED")).body("respondedOn", notNullValue())
                .body("overdue", equalTo(false));
        Json.post("/api/recommendations/" + id + "/close", Map.of("comment", "整改到位"))
                .statusCode(200).body("status", equalTo("DONE")).body("bureauComment", equalTo("整改到位"));
        Json.post("/api/recommendations/" + id + "/answer", Map.of("response", "再次答复")).statusCode(409);
        given().get("/api/recommendations/" + id).then().body("status", equalTo("DONE"))
                .body("caseId", equalTo((int) caseId));
    }
}
