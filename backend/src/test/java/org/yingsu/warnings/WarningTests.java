package org.yingsu.warnings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;
import org.yingsu.warnings.WarningDtos.RefreshResult;

@QuarkusTest
class WarningTests {

    private static final long LOCK_KEY = 0x5969_6e67_7375_0001L;

    @Inject
    WarningService warnings;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MockMailbox mailbox;

    private static String inDays(int days) {
        return OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(days).withNano(0).toString();
    }

    @Test
    void anUncoveredHearingIsWarnedAboutAndTheWarningClearsWhenADelegationIsFiled() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String staff = Fixtures.official(bureau, "STAFF", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long soon = Fixtures.hearing(caseId, inDays(2), "SCHEDULED");
        long later = Fixtures.hearing(caseId, inDays(20), "SCHEDULED");
        mailbox.clear();

        Json.post("/api/warnings/refresh", Map.of()).statusCode(200).body("ran", equalTo(true));
        given().queryParam("agencyCode", bureau).get("/api/warnings").then().statusCode(200)
                .body("items.hearingId", equalTo(List.of((int) soon)))
                .body("items[0].open", equalTo(true));
        List<Mail> sent = mailbox.getMailsSentTo("bureau@yingsu.test");
        assertTrue(sent.stream().anyMatch(m -> m.getText().contains(bureau)), "the bureau is e-mailed");

        Json.post("/api/delegations", Map.of("hearingId", soon, "agencyCode", bureau,
                "reasonCategory", "NON_DELEGABLE_DUTY", "reason", "局长当日出席市政府常务会议，无法出庭",
                "delegateOfficialCode", staff)).statusCode(201);
        Json.post("/api/warnings/refresh", Map.of()).statusCode(200);
        given().queryParam("agencyCode", bureau).get("/api/warnings").then().body("total", equalTo(0));
        given().queryParam("agencyCode", bureau).queryParam("open", false).get("/api/warnings").then()
                .body("items[0].open", equalTo(false)).body("items.hearingId", not(hasItem((int) later)));
    }

    @Test
    void aConfirmedHeadCoversTheHearing() {
        String bureau = Fixtures.agency("SUBDISTRICT");
        String head = Fixtures.official(bureau, "DEPUTY", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long soon = Fixtures.hearing(caseId, inDays(1), "SCHEDULED");
        Json.post("/api/warnings/refresh", Map.of()).statusCode(200);
        given().queryParam("agencyCode", bureau).get("/api/warnings").then().body("total", equalTo(1));

        String staff = Fixtures.official(bureau, "STAFF", "2020-01-01", null);
        Json.post("/api/confirmations", Map.of("hearingId", soon, "agencyCode", bureau, "officialCode", staff))
                .statusCode(422).body("errors[0].field", equalTo("officialCode"));
        Json.post("/api/confirmations", Map.of("hearingId", soon, "agencyCode", bureau, "officialCode", head))
                .statusCode(200).body("officialCode", equalTo(head));
        Json.post("/api/warnings/refresh", Map.of()).statusCode(200);
        given().queryParam("agencyCode", bureau).get("/api/warnings").then().body("total", equalTo(0));
    }

    /** Two instances on one database: while one holds the lock, the other's tick does nothing. */
    @Test
    void theJobRunsOncePerTickWhenAnotherInstanceHoldsTheLock() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            RefreshResult skipped = warnings.refresh();
            assertFalse(skipped.ran(), "a second instance skips the tick");
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            }
        }
        assertTrue(warnings.refresh().ran());
        RefreshResult again = warnings.refresh();
        assertEquals(0, again.raised(), "a second run in a row raises nothing twice");
    }
}
