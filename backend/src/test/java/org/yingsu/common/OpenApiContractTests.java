package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} is the contract the SPA and the courts build against: it must be exactly
 * what the code serves. Refresh it with {@code ./mvnw -B test -Dtest=OpenApiContractTests -Dyingsu.openapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTests {

    private static final Path COMMITTED = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void committedSpecIsWhatTheCodeServes() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString().strip() + "\n";
        if (Boolean.getBoolean("yingsu.openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing; create it with "
                + "./mvnw -B test -Dtest=OpenApiContractTests -Dyingsu.openapi.update=true");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "The API changed but openapi/openapi.yaml did not: review the difference, then refresh it with "
                        + "./mvnw -B test -Dtest=OpenApiContractTests -Dyingsu.openapi.update=true");
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsErrorResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                missing.add(name + ": operationId");
            }
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (path.startsWith("/api/") && (responses == null || !responses.containsKey("400")
                    || !responses.containsKey("500"))) {
                missing.add(name + ": problem responses");
            }
        }));
        assertTrue(missing.isEmpty(), "Operations lacking documentation: " + missing);
        assertTrue(paths.size() >= 10, "the spec lists the API's paths");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
