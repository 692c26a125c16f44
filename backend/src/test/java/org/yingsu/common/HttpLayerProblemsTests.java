package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.yingsu.intake.LedgerImportResource;
import org.yingsu.testing.Fixtures;

/**
 * The rest of "no 500, every error a problem" (reliability issue, item 5): the HTTP layer's own refusals, JSON of
 * the wrong type or with more after it, and uploads cut short.
 */
@QuarkusTest
class HttpLayerProblemsTests {

    private static io.restassured.specification.RequestSpecification raw(String json) {
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.JSON).body(json);
    }

    @Test
    void aTwentyThousandCharacterUrlIsA414Problem() {
        given().queryParam("pad", "x".repeat(20_000)).get("/api/agencies").then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void aFortyThousandByteHeaderIsA431Problem() {
        given().header("X-Pad", "x".repeat(40_000)).get("/api/agencies").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
    }

    @Test
    void aValueOfAnotherJsonTypeIsA400NamingTheFieldNotAConversion() {
        String code = Fixtures.unique("TYP");
        raw("{\"code\":\"" + code + "\",\"name\":12345,\"kind\":\"DEPARTMENT\"}").post("/api/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void anythingAfterTheBodysJsonValueIsA400() {
        String code = Fixtures.unique("TRL");
        raw("{\"code\":\"" + code + "\",\"name\":\"区民政局\",\"kind\":\"DEPARTMENT\"} {\"x\":1}")
                .post("/api/agencies").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aTruncatedWorkbookIsA400NotAnEmptyImport() {
        byte[] template = given().get("/api/imports/ledger/template").then().statusCode(200).extract()
                .asByteArray();
        byte[] cut = Arrays.copyOf(template, template.length * 2 / 3);
        given().contentType(LedgerImportResource.XLSX).body(cut).post("/api/imports/ledger").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("detail", containsString("xlsx"));
    }
}
