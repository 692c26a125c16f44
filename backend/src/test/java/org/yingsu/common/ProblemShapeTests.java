package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/** RFC 9457 problems: the shape every client can rely on, and never a stack trace for bad input. */
@QuarkusTest
class ProblemShapeTests {

    @Test
    void validationProblemsNameEachWrongField() {
        Json.post("/api/agencies", Map.of("code", "坏 code", "kind", "DEPARTMENT"))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:validation")).body("title", equalTo("Invalid request"))
                .body("status", equalTo(400)).body("detail", equalTo("2 values are invalid"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "name"))
                .body("$", not(hasKey("stackTrace")));
    }

    @Test
    void unknownPropertiesAreRejected() {
        String code = Fixtures.unique("AG");
        Json.post("/api/agencies", Map.of("code", code, "name", "区民政局", "kind", "DEPARTMENT", "id", 1))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id")).body("errors[0].message", containsString("unknown property"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void wrongTypesAndEnumsSayWhatWasExpected() {
        Json.post("/api/agencies", Map.of("code", Fixtures.unique("AG"), "name", "区民政局", "kind", "MINISTRY"))
                .statusCode(400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("DISTRICT_GOVERNMENT"));
        Json.post("/api/hearings", Map.of("caseId", 1, "scheduledAt", "明天上午", "status", "SCHEDULED"))
                .statusCode(400).body("errors[0].field", equalTo("scheduledAt"));
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType(ContentType.JSON).body("{\"code\": ").post("/api/agencies")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void badQueryParametersNameTheParameter() {
        given().queryParam("size", 0).get("/api/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("kind", "NOPE").get("/api/agencies").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().patch("/api/agencies").then().statusCode(405).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("x").post("/api/agencies").then().statusCode(415)
                .contentType("application/problem+json").body("type", startsWith("urn:yingsu:problem:"));
    }
}
