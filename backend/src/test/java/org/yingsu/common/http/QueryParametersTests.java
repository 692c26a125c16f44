package org.yingsu.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

/**
 * An operation takes only the query parameters it declares, each with a value of its type; anything else is a 400
 * problem naming the parameter, and nothing is done.
 */
@QuarkusTest
class QueryParametersTests {

    @Test
    void aMisspeltFilterIsA400NamingItInsteadOfBeingIgnored() {
        given().queryParam("stauts", "HELD").get("/api/hearings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("stauts"))
                .body("errors[0].message", containsString("unknown query parameter"))
                .body("errors[0].message", containsString("status"));
    }

    @Test
    void anOperationWithoutQueryParametersRefusesEveryOne() {
        String agency = Fixtures.agency("DEPARTMENT");
        given().queryParam("expand", "officials").get("/api/agencies/" + agency).then().statusCode(400)
                .body("errors[0].field", equalTo("expand"))
                .body("errors[0].message", containsString("takes none"));
        given().get("/api/agencies/" + agency).then().statusCode(200);
    }

    @Test
    void anUnknownParameterOnAChangeRefusesItAndNothingIsStored() {
        String code = Fixtures.unique("QP");
        given().contentType(ContentType.JSON).queryParam("dryRun", "true")
                .body("{\"code\":\"" + code + "\",\"name\":\"区民政局\",\"kind\":\"DEPARTMENT\"}")
                .post("/api/agencies").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aDateWhereATimeIsExpectedIsA400NamingFromNotA404() {
        given().queryParam("from", "2022-01-01").get("/api/hearings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("2022-03-01T09:30:00+08:00"));
        given().queryParam("from", "2022-01-01T00:00:00+08:00").get("/api/hearings").then().statusCode(200);
    }

    @Test
    void everyMalformedValueIsNamedWithWhatItShouldLookLike() {
        given().queryParam("filedFrom", "2022-13-01").queryParam("trialLevel", "THIRD").get("/api/cases")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("filedFrom", "trialLevel")))
                .body("errors[0].message", containsString("a date like 2022-03-01"))
                .body("errors[1].message", containsString("FIRST_INSTANCE"));
        given().queryParam("caseId", "twelve").get("/api/hearings").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId"))
                .body("errors[0].message", containsString("a whole number"));
        given().queryParam("includeInactive", "yes").get("/api/tokens").then().statusCode(400)
                .body("errors[0].field", equalTo("includeInactive"))
                .body("errors[0].message", containsString("true or false"));
    }

    @Test
    void parametersOfABeanAreDeclaredToo() {
        given().queryParam("page", 0).queryParam("size", 5).get("/api/agencies").then().statusCode(200)
                .body("size", equalTo(5));
        given().queryParam("size", "many").get("/api/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
