package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

/**
 * Bad input never becomes a 500 and changes nothing (reliability issue, item 5): text PostgreSQL cannot store, keys
 * given twice, years no court record has, pages past any list, request targets that layers would read differently.
 */
@QuarkusTest
class BadInputTests {

    /** Sends the JSON exactly as written: RestAssured must not re-encode the escapes under test. */
    private static io.restassured.specification.RequestSpecification raw(String json) {
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.JSON).body(json);
    }

    @Test
    void aNulCharacterInAnyStringIsA400NamingTheFieldAndNothingIsStored() {
        String code = Fixtures.unique("NUL");
        raw("{\"code\":\"" + code + "\",\"name\":\"区\\u0000民政局\",\"kind\":\"DEPARTMENT\"}").post("/api/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("U+0000"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aLoneSurrogateIsA400InsteadOfBeingStoredAsAQuestionMark() {
        String code = Fixtures.unique("SUR");
        raw("{\"code\":\"" + code + "\",\"name\":\"区民政局\\ud800\",\"kind\":\"DEPARTMENT\"}").post("/api/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("surrogate"));
        given().get("/api/agencies/" + code).then().statusCode(404);
        // A surrogate pair is one real character and is kept.
        raw("{\"code\":\"" + code + "\",\"name\":\"区民政局\\ud83d\\ude00\",\"kind\":\"DEPARTMENT\"}")
                .post("/api/agencies").then().statusCode(201);
        given().get("/api/agencies/" + code).then().statusCode(200).body("name", equalTo("区民政局\uD83D\uDE00"));
    }

    @Test
    void aKeyGivenTwiceEvenWithAnotherTypeIsA400Problem() {
        String code = Fixtures.unique("DUP");
        raw("{\"code\":\"" + code + "\",\"name\":\"区民政局\",\"kind\":\"DEPARTMENT\",\"name\":5}").post("/api/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("\"name\" is given twice"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aTimeOutsideTheYearsOfACourtRecordIsA400() {
        String agency = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        raw("{\"caseId\":" + caseId + ",\"scheduledAt\":\"+999999999-12-31T23:59:59+18:00\",\"status\":\"SCHEDULED\"}")
                .post("/api/hearings").then().statusCode(400).body("errors[0].field", equalTo("scheduledAt"));
        given().queryParam("caseId", caseId).get("/api/hearings").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aPageFarPastAnyListIsA400NamingPage() {
        given().queryParam("page", 99_999_999).get("/api/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void nulAndBytesThatAreNotUtf8InThePathOrQueryAre400sNamingWhere() {
        given().urlEncodingEnabled(false).get("/api/agencies/A%00B").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).get("/api/agencies?q=a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/api/agencies?q=%ff%fe").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/api/agencies?q=%ed%a0%80").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void matrixParametersAreRefusedSoTheyCannotActOnAnotherRecord() {
        var token = Fixtures.newToken("READER", null);
        long id = token.getLong("token.id");
        given().urlEncodingEnabled(false).delete("/api/tokens/" + id + ";x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().get("/api/tokens/" + id).then().statusCode(200).body("revokedAt", equalTo(null));
        given().urlEncodingEnabled(false).get("/api/agencies/..%2Fusers").then().statusCode(400);
        // Not the web app's page either: the API's own prefix with a parameter is still the API.
        given().urlEncodingEnabled(false).get("/api;x=1/agencies").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
