package org.yingsu.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Short forms for JSON requests in tests. */
public final class Json {

    private Json() {
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    /** A PUT that creates its record (If-None-Match: *), such as a case's first outcome. */
    public static ValidatableResponse putNew(String path, Object body) {
        return given().contentType(ContentType.JSON).header("If-None-Match", "*").body(body).when().put(path).then();
    }

    /** A PUT from the version {@code ifMatch} names; null sends no If-Match, which a versioned update refuses (428). */
    public static ValidatableResponse put(String path, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }
}
