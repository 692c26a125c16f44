package org.yingsu.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ledger at the documented maximum (10 MB) imports in one piece: the import's transaction is sized to the largest
 * ledger accepted, so a valid one never fails on a timeout (reliability issue, item 2).
 */
@QuarkusTest
class LargestLedgerTests {

    static final long LIMIT = 10L * 1024 * 1024;

    @Test
    void aLedgerJustUnderTenMegabytesImportsWhole() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        int perCase = mapper.writeValueAsBytes(Samples.ledger(100)).length / 100;
        int count = (int) (LIMIT / perCase);
        byte[] body;
        Map<String, Object> ledger;
        do {
            ledger = Samples.ledger(count);
            body = mapper.writeValueAsBytes(ledger);
            count -= Math.max(1, (int) ((body.length - LIMIT) / perCase) + 1);
        } while (body.length > LIMIT);
        int cases = ((List<?>) ledger.get("cases")).size();
        assertTrue(body.length > LIMIT * 99 / 100, "the ledger is as large as accepted: " + body.length);
        // The client waits as long as the import may take (LedgerImportService.LARGEST_LEDGER_SECONDS).
        given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", LedgerImportService.LARGEST_LEDGER_SECONDS * 1000)))
                .contentType(ContentType.JSON).body(new String(body, StandardCharsets.UTF_8))
                .post("/api/imports/ledger").then().statusCode(200)
                .body("cases.created", equalTo(cases)).body("hearings.created", equalTo(cases));
    }
}
