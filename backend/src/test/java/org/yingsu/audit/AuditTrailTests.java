package org.yingsu.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures.Token;
import org.yingsu.testing.SecurityFixtures;

/**
 * A scripted sequence of changes by four actors; afterwards each actor's audit trail holds exactly one record per
 * change, in order, naming the entity and what changed.
 */
@QuarkusTest
class AuditTrailTests {

    /** One expected record: the entity, the action, its natural key (when asserted) and the fields changed. */
    record Expected(String entity, String action, String naturalKey, List<String> changed) {
    }

    @Test
    void everyChangeLeavesExactlyOneRecordWithItsActorAndDiff() {
        Token admin = SecurityFixtures.token("ADMIN", null);
        Token court = SecurityFixtures.token("COURT", null);
        List<Expected> byAdmin = new ArrayList<>();
        List<Expected> byCourt = new ArrayList<>();
        List<Expected> byAgency = new ArrayList<>();

        String agency = Fixtures.unique("AG");
        ok(Api.as(admin.secret()), "post", "/api/agencies", Map.of("code", agency, "name", "区民政局",
                "kind", "DEPARTMENT"), 201);
        byAdmin.add(new Expected("agency", "INSERT", agency, null));
        ok(Api.as(admin.secret()), "put", "/api/agencies/" + agency, Map.of("name", "区民政局（更名）",
                "kind", "DEPARTMENT"), 200);
        byAdmin.add(new Expected("agency", "UPDATE", agency, List.of("name")));
        String coDefendant = Fixtures.unique("AG");
        ok(Api.as(admin.secret()), "post", "/api/agencies", Map.of("code", coDefendant, "name", "区政府",
                "kind", "DISTRICT_GOVERNMENT"), 201);
        byAdmin.add(new Expected("agency", "INSERT", coDefendant, null));
        String head = Fixtures.unique("OF");
        ok(Api.as(admin.secret()), "post", "/api/officials", Map.of("code", head, "agencyCode", agency,
                "name", "王某", "role", "PRINCIPAL", "validFrom", "2020-01-01"), 201);
        byAdmin.add(new Expected("official", "INSERT", head, null));
        String staff = Fixtures.unique("OF");
        ok(Api.as(admin.secret()), "post", "/api/officials", Map.of("code", staff, "agencyCode", agency,
                "name", "赵某", "role", "STAFF", "validFrom", "2020-01-01"), 201);
        byAdmin.add(new Expected("official", "INSERT", staff, null));
        Token agencyToken = SecurityFixtures.token("AGENCY", agency);

        JsonPath createdCase = ok(Api.as(court.secret()), "post", "/api/cases",
                SecurityFixtures.caseBody(List.of(agency)), 201);
        long caseId = createdCase.getLong("id");
        String caseKey = SecurityFixtures.COURT + " " + createdCase.getString("caseNumber");
        byCourt.add(new Expected("litigation_case", "INSERT", caseKey, null));
        long held = ok(Api.as(court.secret()), "post", "/api/hearings",
                SecurityFixtures.hearingBody(caseId, "HELD"), 201).getLong("id");
        byCourt.add(new Expected("hearing", "INSERT", null, null));
        long scheduled = ok(Api.as(court.secret()), "post", "/api/hearings",
                SecurityFixtures.hearingBody(caseId, "SCHEDULED"), 201).getLong("id");
        byCourt.add(new Expected("hearing", "INSERT", null, null));
        long notice = ok(Api.as(court.secret()), "post", "/api/notices",
                SecurityFixtures.noticeBody(held, agency), 201).getLong("id");
        byCourt.add(new Expected("notice", "INSERT", null, null));

        long appearance = ok(Api.as(agencyToken.secret()), "post", "/api/appearances",
                SecurityFixtures.appearanceBody(held, head), 201).getLong("id");
        byAgency.add(new Expected("appearance", "INSERT", null, null));
        ok(Api.as(agencyToken.secret()), "put", "/api/appearances/" + appearance, Map.of("spoke", false,
                "leftEarly", false, "identityStatus", "VERIFIED"), 200);
        byAgency.add(new Expected("appearance", "UPDATE", null, List.of("spoke")));
        long delegation = ok(Api.as(agencyToken.secret()), "post", "/api/delegations",
                SecurityFixtures.delegationBody(scheduled, agency, staff), 201).getLong("id");
        byAgency.add(new Expected("delegation", "INSERT", null, null));
        // Approving needs the delegation letter attached (R4, art. 9); attaching it is the agency's change too.
        Api.as(agencyToken.secret()).contentType("application/pdf").body(Fixtures.PDF)
                .queryParam("ownerType", "DELEGATION").queryParam("ownerId", delegation)
                .queryParam("kind", "DELEGATION_LETTER").queryParam("fileName", "授权委托书.pdf")
                .post("/api/documents").then().statusCode(201);
        byAgency.add(new Expected("document", "INSERT", null, null));

        ok(Api.as(admin.secret()), "post", "/api/delegations/" + delegation + "/review",
                Map.of("decision", "APPROVED"), 200);
        byAdmin.add(new Expected("delegation", "UPDATE", null, List.of("reviewed_at", "status")));
        // Adding a co-defendant touches the join table only: it is still one change of the case.
        ok(Api.as(admin.secret()), "put", "/api/cases/" + caseId, Map.of("trialLevel", "FIRST_INSTANCE",
                "filedOn", "2022-01-05", "defendants", List.of(agency, coDefendant)), 200);
        byAdmin.add(new Expected("litigation_case", "UPDATE", caseKey, List.of("defendants")));
        Api.as(admin.secret()).delete("/api/notices/" + notice).then().statusCode(204);
        byAdmin.add(new Expected("notice", "DELETE", null, null));

        assertTrail("token:" + admin.id(), byAdmin);
        assertTrail("token:" + court.id(), byCourt);
        assertTrail("token:" + agencyToken.id(), byAgency);

        JsonPath caseInsert = trail("token:" + court.id()).setRootPath("items.find { it.entity == 'litigation_case' }");
        assertEquals(List.of(agency), caseInsert.getList("after.defendants"), "a new case records its defendants");
        assertEquals("COURT", caseInsert.getString("after.origin_role"));
        assertNull(caseInsert.get("before"));
        JsonPath caseUpdate = trail("token:" + admin.id())
                .setRootPath("items.find { it.entity == 'litigation_case' }");
        assertEquals(List.of(agency), caseUpdate.getList("before.defendants"));
        assertEquals(List.of(agency, coDefendant).stream().sorted().toList(),
                caseUpdate.getList("after.defendants"));
        JsonPath rename = trail("token:" + admin.id())
                .setRootPath("items.find { it.entity == 'agency' && it.action == 'UPDATE' }");
        assertEquals("区民政局", rename.getString("before.name"));
        assertEquals("区民政局（更名）", rename.getString("after.name"));
        JsonPath deleted = trail("token:" + admin.id()).setRootPath("items.find { it.action == 'DELETE' }");
        assertEquals(Long.toString(notice), deleted.getString("entityId"));
        assertNull(deleted.get("after"));
    }

    @Test
    void loginsLogoutsAndAccountChangesAreRecordedWithoutThePassword() {
        String username = SecurityFixtures.user("READER", null);
        var login = Api.anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", SecurityFixtures.PASSWORD)).post("/api/auth/login");
        login.then().statusCode(200);
        String session = login.getCookie(Api.SESSION_COOKIE_NAME);
        Api.anonymous().cookie(Api.SESSION_COOKIE_NAME, session).header("X-CSRF-Token", login.jsonPath()
                .getString("csrfToken")).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "a-brand-new-password"))
                .put("/api/auth/password").then().statusCode(204);
        Api.anonymous().cookie(Api.SESSION_COOKIE_NAME, session).header("X-CSRF-Token", login.jsonPath()
                .getString("csrfToken")).post("/api/auth/logout").then().statusCode(204);

        JsonPath records = trail("user:" + username);
        assertEquals(List.of("LOGOUT", "UPDATE", "LOGIN"), records.getList("items.action"));
        assertEquals(List.of("session", "app_user", "session"), records.getList("items.entity"));
        assertEquals(List.of("password_changed_at"), records.getList("items[1].changed"));
        assertNull(records.get("items[1].after.password_hash"), "the password hash is never copied into the trail");
    }

    @Test
    void theTrailIsFilteredByEntityAndTime() {
        String code = Fixtures.agency("DEPARTMENT");
        given().queryParam("entity", "agency").queryParam("from", "2000-01-01T00:00:00Z").queryParam("size", 500)
                .get("/api/audit").then().statusCode(200)
                .body("items.findAll { it.naturalKey == '" + code + "' }.action", org.hamcrest.Matchers.contains("INSERT"))
                .body("items.entity.unique()", org.hamcrest.Matchers.contains("agency"));
        given().queryParam("entity", "agency").queryParam("to", "2000-01-01T00:00:00Z").get("/api/audit").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
    }

    private static JsonPath ok(io.restassured.specification.RequestSpecification request, String method,
            String path, Object body, int status) {
        if (method.equals("put")) {
            // Whatever the current version: this test is about the trail, not about lost updates.
            request = request.header("If-Match", "*");
        }
        return request.contentType(ContentType.JSON).body(body).request(method, path).then().statusCode(status)
                .extract().jsonPath();
    }

    private static JsonPath trail(String actor) {
        return given().queryParam("actor", actor).queryParam("size", 500).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void assertTrail(String actor, List<Expected> expected) {
        JsonPath records = trail(actor);
        List<Map<String, Object>> items = records.getList("items");
        List<Map<String, Object>> oldestFirst = new ArrayList<>(items);
        Collections.reverse(oldestFirst);
        assertEquals(expected.size(), oldestFirst.size(), actor + " made " + expected.size()
                + " changes, so the trail must hold exactly that many records: " + oldestFirst);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Map<String, Object> record = oldestFirst.get(i);
            String where = actor + " change " + (i + 1) + " " + record;
            assertEquals(actor, record.get("actor"), where);
            assertEquals(e.entity(), record.get("entity"), where);
            assertEquals(e.action(), record.get("action"), where);
            if (e.naturalKey() != null) {
                assertEquals(e.naturalKey(), record.get("naturalKey"), where);
            }
            if (e.changed() != null) {
                assertEquals(e.changed(), record.get("changed"), where);
            }
        }
    }

    /** Intake writes with set-based SQL, which Hibernate never sees: the triggers still name the court's token. */
    @Test
    void setBasedIntakeIsAuditedAndReadableByTheCourtThatPushedIt() {
        String agency = Fixtures.agency("DEPARTMENT");
        Token court = SecurityFixtures.token("COURT", null);
        String caseNumber = Fixtures.unique("（2022）渝0112行初");
        Api.as(court.secret()).contentType(ContentType.JSON).body(List.of(Map.of("court", SecurityFixtures.COURT,
                        "caseNumber", caseNumber, "trialLevel", "FIRST_INSTANCE", "defendants", List.of(agency),
                        "hearings", List.of(Map.of("scheduledAt", "2022-05-05T09:30:00+08:00", "status", "HELD")))))
                .post("/api/intake/cases").then().statusCode(200);
        JsonPath records = trail("token:" + court.id());
        assertEquals(List.of("hearing", "litigation_case"), records.getList("items.entity", String.class).stream()
                .sorted().toList());
        assertEquals(List.of(agency), records.getList("items.find { it.entity == 'litigation_case' }.after.defendants"));
        Api.as(court.secret()).queryParam("q", caseNumber).get("/api/cases").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }
}
