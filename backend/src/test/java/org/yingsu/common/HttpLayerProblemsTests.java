package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
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
    void aQueryValueThatIsNotPercentEncodedIsA400ProblemNamingItsParameter() throws Exception {
        // Sent as bytes: HTTP clients refuse to build such a URI, scripts and proxies do not.
        for (String value : new String[] {"%zz", "%", "%e4%b8"}) {
            String answer = rawGet("/api/agencies?kind=" + value);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    answer);
            assertTrue(answer.contains("\"field\":\"kind\""), answer);
        }
    }

    private static String rawGet(String target) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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

    @Test
    void aContentTypeThatIsNotOneMediaTypeIs415NotA500() {
        given().contentType("application/json, text/plain").body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports/ledger").then()
                .statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void aCompressedBodyIsRefusedRatherThanReadAsJson() {
        String code = Fixtures.unique("GZ");
        raw("{\"code\":\"" + code + "\",\"name\":\"区民政局\",\"kind\":\"DEPARTMENT\"}")
                .header("Content-Encoding", "gzip").post("/api/agencies").then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Encoding"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aNumberForABooleanIsA400() {
        raw("{\"code\":\"" + Fixtures.unique("BL") + "\",\"name\":true,\"kind\":\"DEPARTMENT\"}")
                .post("/api/agencies").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
