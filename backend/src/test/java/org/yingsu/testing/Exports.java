package org.yingsu.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Downloads a figure as CSV the way Excel users and scripts do, checking what every CSV download must be. */
public final class Exports {

    private Exports() {
    }

    /**
     * GETs {@code path} with {@code Accept: text/csv} and checks it is a UTF-8 attachment that starts with a byte
     * order mark (without it Excel garbles the Chinese); answers its lines.
     */
    public static String[] csvLines(String path, Map<String, ?> query) {
        Response response = given().accept("text/csv").queryParams(query).get(path);
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertTrue(response.header("Content-Disposition").contains("filename*=UTF-8''"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
    }
}
