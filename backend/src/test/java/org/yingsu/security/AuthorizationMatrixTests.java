package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures.Token;
import org.yingsu.testing.SecurityFixtures;

/**
 * Every operation of the committed {@code openapi/openapi.yaml}, called by each kind of caller, must answer the
 * status its rule below says. An operation the spec lists without a rule here fails the test, so a new endpoint
 * cannot ship without someone deciding who may call it and checking that the server agrees.
 *
 * <p>Rules read {@code "A200 O200 X404 C200 Y404 R403"}: ADMIN, the AGENCY that owns the record, an AGENCY of
 * another agency, COURT (the court of the records), a COURT token of another court ({@code Y}, as COURT unless
 * given), READER; the callers without valid credentials (anonymous, expired, revoked, tampered token) get
 * 401 unless an {@code N} entry says otherwise. Records are made fresh for every call that changes or deletes one.
 */
@QuarkusTest
class AuthorizationMatrixTests {

    private static final Path SPEC = Path.of("..", "openapi", "openapi.yaml");

    enum Caller {
        ANONYMOUS, ADMIN, AGENCY_OWNER, AGENCY_OTHER, COURT, COURT_OTHER, READER, EXPIRED, REVOKED, TAMPERED
    }

    /** What a cell sends; {@code path} is concrete, {@code template} the spec's path it must match. */
    record Call(String method, String template, String path, Object body, String contentType) {

        Call(String method, String template, String path, Object body) {
            this(method, template, path, body, ContentType.JSON.toString());
        }
    }

    record Rule(Map<Caller, Integer> expected, Supplier<Call> call, String seeing) {
    }

    @Inject
    AgroalDataSource dataSource;

    private World w;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /** The records and credentials every cell refers to. The case is pushed by the court, so COURT sees it. */
    private final class World {
        final String owner = Fixtures.agency("DEPARTMENT");
        final String other = Fixtures.agency("DEPARTMENT");
        final String ownerHead = Fixtures.official(owner, "DEPUTY", "2020-01-01", null);
        final String ownerStaff = Fixtures.official(owner, "STAFF", "2020-01-01", null);
        final Token admin = SecurityFixtures.token("ADMIN", null);
        final Token ownerAgency = SecurityFixtures.token("AGENCY", owner);
        final Token otherAgency = SecurityFixtures.token("AGENCY", other);
        final Token court = SecurityFixtures.token("COURT", null);
        final Token otherCourt = SecurityFixtures.courtToken("重庆市江北区人民法院");
        final Token reader = SecurityFixtures.token("READER", null);
        final Token expired = SecurityFixtures.token("ADMIN", null);
        final Token revoked = SecurityFixtures.token("ADMIN", null);
        final String tampered;
        final long caseId;
        final String caseNumber;
        final long hearingId;
        final long noticeId;
        final long appearanceId;
        final long delegationId;
        final String username = SecurityFixtures.user("READER", null);
        final long reportId;
        final long recommendationId;
        final long interviewId;
        private int interviewQuarters;
        final String feedPath;
        final long documentId;
        final Fixtures.Quarter bulletinQuarter = Fixtures.unpublishedQuarter();
        final long bulletinId;
        final long observationId;
        final long referralId;
        final long trainingId;
        final long disputeId;

        World() {
            expire(expired.id());
            given().delete("/api/tokens/" + revoked.id()).then().statusCode(204);
            char last = admin.secret().charAt(admin.secret().length() - 1);
            tampered = admin.secret().substring(0, admin.secret().length() - 1) + (last == 'A' ? 'B' : 'A');
            var created = Api.as(court.secret()).contentType(ContentType.JSON)
                    .body(SecurityFixtures.caseBody(List.of(owner))).post("/api/cases").then().statusCode(201)
                    .extract().jsonPath();
            caseId = created.getLong("id");
            caseNumber = created.getString("caseNumber");
            hearingId = hearing("HELD");
            noticeId = notice();
            appearanceId = appearance();
            delegationId = delegation();
            Api.as(court.secret()).contentType(ContentType.JSON).header("If-None-Match", "*")
                    .body(Map.of("result", "REVOKED", "concludedOn", "2022-06-01"))
                    .put("/api/cases/" + caseId + "/outcome").then().statusCode(200);
            // An uncovered hearing tomorrow raises a warning for the owner; a named head is a confirmation.
            id(given(), "/api/hearings", Map.of("caseId", caseId, "scheduledAt",
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0).toString(), "status", "SCHEDULED"));
            given().post("/api/warnings/refresh").then().statusCode(200);
            confirmation();
            reportId = id(given(), "/api/monthly-reports", report());
            recommendationId = recommendation();
            interviewId = interview();
            feedPath = given().contentType(ContentType.JSON).body(Map.of("name", "日历", "agencyCode", owner))
                    .post("/api/calendar/subscriptions").then().statusCode(201).extract().jsonPath()
                    .getString("feedPath");
            documentId = document();
            bulletinId = given().contentType(ContentType.JSON).body(Map.of("year", bulletinQuarter.year(),
                    "quarter", bulletinQuarter.quarter())).post("/api/bulletins").then().statusCode(201).extract()
                    .jsonPath().getLong("summary.id");
            observationId = observation();
            referralId = sentReferral();
            trainingId = training(1);
            disputeId = dispute();
            // The papers check lists the owner's proof still pending after its hearing.
            id(Api.as(ownerAgency.secret()), "/api/appearances", Map.of("hearingId", hearing("HELD"),
                    "officialCode", ownerHead, "spoke", true, "identityStatus", "PENDING"));
        }

        Map<String, Object> unpublishedQuarter() {
            Fixtures.Quarter quarter = Fixtures.unpublishedQuarter();
            return Map.of("year", quarter.year(), "quarter", quarter.quarter());
        }

        String lostCase(long id) {
            return "/api/lost-case-reports/" + id + "/" + owner;
        }

        /** A lost case whose report is drafted, with the judgment attached, ready to be filed. */
        long draftedLostCase() {
            long id = caseWithOutcome();
            long reportId = given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("summary", "草稿"))
                    .put(lostCase(id))
                    .then().statusCode(200).extract().jsonPath().getLong("reportId");
            given().contentType("application/pdf").body(PDF).queryParam("ownerType", "LOST_CASE_REPORT")
                    .queryParam("ownerId", reportId).queryParam("kind", "JUDGMENT").queryParam("fileName", "判决书.pdf")
                    .post("/api/documents").then().statusCode(201);
            return id;
        }

        long submittedLostCase() {
            long id = draftedLostCase();
            given().contentType(ContentType.JSON).body(lostCaseSubmission()).post(lostCase(id) + "/submit").then()
                    .statusCode(200);
            return id;
        }

        Map<String, Object> lostCaseSubmission() {
            return Map.of("summary", "法院以认定事实不清为由撤销了我局的行政处罚决定。我局已查明原因：执法人员未调取关键证据。"
                    + "今后将严格执行调查取证规定，并组织专题培训。");
        }

        Map<String, Object> observationBody() {
            return Map.of("hearingId", hearing("HELD"), "title", "典型案件旁听", "typicalReason", "程序问题具有普遍性");
        }

        /** A session on a held hearing with the owner's head invited. */
        long observation() {
            long id = id(given(), "/api/observations", observationBody());
            given().contentType(ContentType.JSON).body(Map.of("officialCodes", List.of(ownerHead)))
                    .post("/api/observations/" + id + "/invitations").then().statusCode(200);
            return id;
        }

        Map<String, Object> trainingBody(int days) {
            return Map.of("topic", "出庭应诉实务", "speaker", "王法官", "speakerCourt", SecurityFixtures.COURT,
                    "startsAt", java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).plusDays(days)
                            + "T14:30:00+08:00", "place", "区政府第二会议室");
        }

        /** A session {@code days} from today with the owner's head invited: within the reminder days when soon. */
        long training(int days) {
            long id = id(given(), "/api/trainings", trainingBody(days));
            given().contentType(ContentType.JSON).body(Map.of("officialCodes", List.of(ownerHead)))
                    .post("/api/trainings/" + id + "/invitations").then().statusCode(200);
            return id;
        }

        /** A dispute about the owner's act, received directly today. */
        Map<String, Object> disputeBody() {
            return Map.of("number", Fixtures.unique("渝北协调"), "source", "DIRECT", "receivedOn",
                    java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString(), "subject", "不服处罚",
                    "applicants", List.of("李某"), "agencyCodes", List.of(owner));
        }

        long dispute() {
            return id(given(), "/api/coordination/disputes", disputeBody());
        }

        long startedDispute() {
            long id = dispute();
            given().contentType(ContentType.JSON).body(Map.of("mediatingBodyCode", "CENTRE", "startedOn",
                    java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString()))
                    .post("/api/coordination/disputes/" + id + "/start").then().statusCode(200);
            return id;
        }

        Map<String, Object> mediatingBodyBody(String code) {
            return Map.of("code", code, "name", "调解委员会" + code, "kind", "PROFESSIONAL");
        }

        String mediatingBody() {
            String code = Fixtures.unique("MB");
            given().contentType(ContentType.JSON).body(mediatingBodyBody(code)).post("/api/coordination/bodies")
                    .then().statusCode(201);
            return code;
        }

        long confirmation() {
            return given().contentType(ContentType.JSON).body(confirmationBody()).post("/api/confirmations").then()
                    .statusCode(200).extract().jsonPath().getLong("id");
        }

        Map<String, Object> confirmationBody() {
            return Map.of("hearingId", hearing("SCHEDULED"), "agencyCode", owner, "officialCode", ownerHead);
        }

        Map<String, Object> report() {
            return Map.of("agencyCode", owner, "year", 2022, "month", 3, "comment", "按台账填报",
                    "figures", Map.of("noticesReceived", 1, "noticesAttendedByHead", 1, "casesHeard", 1,
                            "casesHeardWithHead", 1, "casesConcluded", 0, "decisionsChanged", 0));
        }

        /** A referral of the owner for a held hearing nobody of it attended, naming its head. */
        Map<String, Object> referralBody() {
            return Map.of("ground", "NO_ONE_APPEARED", "agencyCode", owner, "officialCodes", List.of(ownerHead),
                    "hearingIds", List.of(unattendedHearing), "referredTo", "区纪委监委",
                    "facts", "负责人及工作人员均未出庭应诉，造成不良影响。");
        }

        private long unattendedHearing = -1;

        long referral() {
            if (unattendedHearing < 0) {
                unattendedHearing = hearing("HELD");
            }
            return id(given(), "/api/referrals", referralBody());
        }

        long sentReferral() {
            long id = referral();
            given().contentType(ContentType.JSON).body(Map.of("number", Fixtures.unique("渝北司法函"), "sentOn",
                    java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString()))
                    .post("/api/referrals/" + id + "/send").then().statusCode(200);
            return id;
        }

        Map<String, Object> referralSending() {
            return Map.of("number", Fixtures.unique("渝北司法函"), "sentOn",
                    java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString());
        }

        Map<String, Object> recommendationBody() {
            return Map.of("court", SecurityFixtures.COURT, "number", Fixtures.unique("（2022）渝0112司建"),
                    "caseId", caseId, "agencyCode", owner, "receivedOn", "2022-07-01", "content", "建议负责人出庭应诉");
        }

        long recommendation() {
            return id(given(), "/api/recommendations", recommendationBody());
        }

        long answeredRecommendation() {
            long id = recommendation();
            given().contentType(ContentType.JSON).body(Map.of("response", "已整改")).post("/api/recommendations/" + id
                    + "/answer").then().statusCode(200);
            return id;
        }

        /** A new interview task of the owner: a case of its heard without anyone, in a quarter of its own. */
        long interview() {
            int n = interviewQuarters++;
            int year = 2001 + n / 4;
            int quarter = n % 4 + 1;
            id(Api.as(court.secret()), "/api/hearings", Map.of("caseId", courtCase(), "status", "HELD",
                    "scheduledAt", OffsetDateTime.of(year, quarter * 3 - 1, 15, 9, 30, 0, 0, ZoneOffset.ofHours(8))
                            .toString()));
            given().contentType(ContentType.JSON).body(Map.of("year", year, "quarter", quarter))
                    .post("/api/interviews/refresh").then().statusCode(200);
            return given().queryParam("agencyCode", owner).queryParam("year", year).queryParam("quarter", quarter)
                    .get("/api/interviews").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        }

        Map<String, Object> interviewRecord() {
            return Map.of("heldOn", "2020-01-10", "outcome", "主要负责人作出整改承诺", "participants", List.of(
                    Map.of("side", "AGENCY", "officialCode", ownerHead),
                    Map.of("side", "BUREAU", "name", "李某", "title", "法治督察科科长")));
        }

        long subscription() {
            return id(given(), "/api/calendar/subscriptions", Map.of("name", "日历", "agencyCode", owner));
        }

        long document() {
            return given().contentType("application/pdf").body(PDF).queryParam("ownerType", "CASE")
                    .queryParam("ownerId", caseId).queryParam("kind", "JUDGMENT").queryParam("fileName", "判决书.pdf")
                    .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        }

        long courtCase() {
            return id(Api.as(court.secret()), "/api/cases", SecurityFixtures.caseBody(List.of(owner)));
        }

        long hearing(String status) {
            return id(Api.as(court.secret()), "/api/hearings", SecurityFixtures.hearingBody(caseId, status));
        }

        long notice() {
            return id(Api.as(court.secret()), "/api/notices", SecurityFixtures.noticeBody(hearingId, owner));
        }

        long appearance() {
            return id(Api.as(ownerAgency.secret()), "/api/appearances",
                    SecurityFixtures.appearanceBody(hearing("HELD"), ownerHead));
        }

        long delegation() {
            return id(Api.as(ownerAgency.secret()), "/api/delegations",
                    SecurityFixtures.delegationBody(hearing("SCHEDULED"), owner, ownerStaff));
        }

        /** Approving needs the delegation letter (R4, art. 9), so the review rows find it attached. */
        long delegationWithPapers() {
            long id = delegation();
            Fixtures.attach("DELEGATION", id, "DELEGATION_LETTER");
            return id;
        }

        long caseWithOutcome() {
            long id = courtCase();
            given().contentType(ContentType.JSON).header("If-None-Match", "*")
                    .body(Map.of("result", "REVOKED", "concludedOn", "2022-06-01")).put("/api/cases/" + id + "/outcome").then().statusCode(200);
            return id;
        }

        String request(Caller caller) {
            return switch (caller) {
                case ADMIN -> admin.secret();
                case AGENCY_OWNER -> ownerAgency.secret();
                case AGENCY_OTHER -> otherAgency.secret();
                case COURT -> court.secret();
                case COURT_OTHER -> otherCourt.secret();
                case READER -> reader.secret();
                case EXPIRED -> expired.secret();
                case REVOKED -> revoked.secret();
                case TAMPERED -> tampered;
                case ANONYMOUS -> null;
            };
        }
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static long id(RequestSpecification request, String path, Object body) {
        return request.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private void expire(long tokenId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update api_token set expires_at = now() - interval '1 minute' where id = ?")) {
            statement.setLong(1, tokenId);
            assertEquals(1, statement.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rule(String operationId, String expected, Supplier<Call> call) {
        rule(operationId, expected, call, null);
    }

    /** {@code seeing}: for a list, the callers whose answer must hold the owner's record; the others' must not. */
    private void rule(String operationId, String expected, Supplier<Call> call, String seeing) {
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.EXPIRED, Caller.REVOKED, Caller.TAMPERED)) {
            statuses.put(caller, 401);
        }
        for (String entry : expected.split(" ")) {
            int status = Integer.parseInt(entry.substring(1));
            switch (entry.charAt(0)) {
                case 'A' -> statuses.put(Caller.ADMIN, status);
                case 'O' -> statuses.put(Caller.AGENCY_OWNER, status);
                case 'X' -> statuses.put(Caller.AGENCY_OTHER, status);
                case 'C' -> statuses.put(Caller.COURT, status);
                case 'Y' -> statuses.put(Caller.COURT_OTHER, status);
                case 'R' -> statuses.put(Caller.READER, status);
                case 'N' -> List.of(Caller.ANONYMOUS, Caller.EXPIRED, Caller.REVOKED, Caller.TAMPERED)
                        .forEach(c -> statuses.put(c, status));
                default -> throw new IllegalArgumentException(entry);
            }
        }
        statuses.putIfAbsent(Caller.COURT_OTHER, statuses.get(Caller.COURT));
        assertEquals(Caller.values().length, statuses.size(), operationId + " must say what every caller gets");
        rules.put(operationId, new Rule(statuses, call, seeing));
    }

    private static Call get(String template, String path) {
        return new Call("get", template, path, null);
    }

    private static Call post(String template, String path, Object body) {
        return new Call("post", template, path, body);
    }

    private static Call put(String template, String path, Object body) {
        return new Call("put", template, path, body);
    }

    private static Call delete(String template, String path) {
        return new Call("delete", template, path, null);
    }

    private static String future() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString();
    }

    private void defineRules() {
        String ownerCode = w.owner;
        // Agencies and officials: the court reads them to name them; only the bureau changes them.
        rule("listAgencies", "A200 O200 X200 C200 R403",
                () -> get("/api/agencies", "/api/agencies?q=" + ownerCode), "AOCY");
        rule("getAgency", "A200 O200 X404 C200 R403",
                () -> get("/api/agencies/{code}", "/api/agencies/" + ownerCode));
        rule("createAgency", "A201 O403 X403 C403 R403", () -> post("/api/agencies", "/api/agencies",
                Map.of("code", Fixtures.unique("AG"), "name", "新机关", "kind", "DEPARTMENT")));
        rule("updateAgency", "A200 O403 X403 C403 R403", () -> put("/api/agencies/{code}",
                "/api/agencies/" + Fixtures.agency("DEPARTMENT"), Map.of("name", "改名机关", "kind", "DEPARTMENT")));
        rule("deleteAgency", "A204 O403 X403 C403 R403",
                () -> delete("/api/agencies/{code}", "/api/agencies/" + Fixtures.agency("DEPARTMENT")));
        rule("listOfficials", "A200 O200 X200 C200 R403",
                () -> get("/api/officials", "/api/officials?agencyCode=" + ownerCode), "AOCY");
        rule("getOfficial", "A200 O200 X404 C200 R403",
                () -> get("/api/officials/{code}", "/api/officials/" + w.ownerHead));
        rule("createOfficial", "A201 O403 X403 C403 R403", () -> post("/api/officials", "/api/officials",
                Map.of("code", Fixtures.unique("OF"), "agencyCode", ownerCode, "name", "李某", "role", "STAFF",
                        "validFrom", "2020-01-01")));
        rule("updateOfficial", "A200 O403 X403 C403 R403", () -> put("/api/officials/{code}",
                "/api/officials/" + Fixtures.official(ownerCode, "STAFF", "2020-01-01", null),
                Map.of("name", "李某", "role", "STAFF", "validFrom", "2020-01-01")));
        rule("deleteOfficial", "A204 O403 X403 C403 R403", () -> delete("/api/officials/{code}",
                "/api/officials/" + Fixtures.official(ownerCode, "STAFF", "2020-01-01", null)));
        // 述法: the head's record is seen by their agency and the bureau; the court and readers have no business there.
        rule("getOfficialRecord", "A200 O200 X404 C403 R403", () -> get("/api/officials/{code}/record",
                "/api/officials/" + w.ownerHead + "/record?year=2022"));
        rule("getOfficialRecordPdf", "A200 O200 X404 C403 R403", () -> get("/api/officials/{code}/record/pdf",
                "/api/officials/" + w.ownerHead + "/record/pdf?year=2022"));

        // Cases: pushed by the court (or the bureau), read by their defendants.
        rule("listCases", "A200 O200 X200 C200 R403",
                () -> get("/api/cases", "/api/cases?q=" + w.caseNumber), "AOC");
        rule("getCase", "A200 O200 X404 C200 Y404 R403", () -> get("/api/cases/{id}", "/api/cases/" + w.caseId));
        rule("getCaseFile", "A200 O200 X404 C200 Y404 R403",
                () -> get("/api/cases/{id}/file", "/api/cases/" + w.caseId + "/file"));
        rule("createCase", "A201 O403 X403 C201 Y403 R403",
                () -> post("/api/cases", "/api/cases", SecurityFixtures.caseBody(List.of(ownerCode))));
        rule("updateCase", "A200 O403 X403 C200 Y404 R403", () -> put("/api/cases/{id}", "/api/cases/" + w.courtCase(),
                Map.of("trialLevel", "FIRST_INSTANCE", "defendants", List.of(ownerCode))));
        rule("deleteCase", "A204 O403 X403 C403 R403",
                () -> delete("/api/cases/{id}", "/api/cases/" + w.courtCase()));
        rule("getOutcome", "A200 O200 X404 C200 Y404 R403",
                () -> get("/api/cases/{id}/outcome", "/api/cases/" + w.caseId + "/outcome"));
        rule("putOutcome", "A200 O403 X403 C200 Y404 R403", () -> put("/api/cases/{id}/outcome",
                "/api/cases/" + w.courtCase() + "/outcome", Map.of("result", "MEDIATED", "concludedOn", "2022-07-01")));
        rule("deleteOutcome", "A204 O403 X403 C403 R403", () -> delete("/api/cases/{id}/outcome",
                "/api/cases/" + w.caseWithOutcome() + "/outcome"));

        rule("listHearings", "A200 O200 X200 C200 R403",
                () -> get("/api/hearings", "/api/hearings?caseId=" + w.caseId), "AOC");
        rule("getHearing", "A200 O200 X404 C200 Y404 R403",
                () -> get("/api/hearings/{id}", "/api/hearings/" + w.hearingId));
        rule("createHearing", "A201 O403 X403 C201 Y422 R403",
                () -> post("/api/hearings", "/api/hearings", SecurityFixtures.hearingBody(w.caseId, "SCHEDULED")));
        rule("updateHearing", "A200 O403 X403 C200 Y404 R403", () -> put("/api/hearings/{id}",
                "/api/hearings/" + w.hearing("SCHEDULED"),
                Map.of("scheduledAt", SecurityFixtures.nextHearingTime(), "status", "POSTPONED")));
        rule("deleteHearing", "A204 O403 X403 C403 R403",
                () -> delete("/api/hearings/{id}", "/api/hearings/" + w.hearing("SCHEDULED")));

        rule("listNotices", "A200 O200 X200 C200 R403",
                () -> get("/api/notices", "/api/notices?caseId=" + w.caseId), "AOC");
        rule("getNotice", "A200 O200 X404 C200 Y404 R403", () -> get("/api/notices/{id}", "/api/notices/" + w.noticeId));
        rule("createNotice", "A201 O201 X422 C201 Y422 R403", () -> post("/api/notices", "/api/notices",
                SecurityFixtures.noticeBody(w.hearingId, ownerCode)));
        rule("updateNotice", "A200 O403 X403 C200 Y404 R403", () -> put("/api/notices/{id}",
                "/api/notices/" + w.notice(), Map.of("servedOn", "2022-02-21")));
        rule("deleteNotice", "A204 O403 X403 C403 R403",
                () -> delete("/api/notices/{id}", "/api/notices/" + w.notice()));

        // Appearances: both sides report; each corrects only its own account (R10). Another agency's hearing is
        // "no such hearing" (422), exactly as for an id that does not exist.
        rule("listAppearances", "A200 O200 X200 C200 R403",
                () -> get("/api/appearances", "/api/appearances?caseId=" + w.caseId), "AOC");
        rule("getAppearance", "A200 O200 X404 C200 Y404 R403",
                () -> get("/api/appearances/{id}", "/api/appearances/" + w.appearanceId));
        rule("createAppearance", "A201 O201 X422 C201 Y422 R403", () -> post("/api/appearances", "/api/appearances",
                SecurityFixtures.appearanceBody(w.hearing("HELD"), w.ownerHead)));
        rule("updateAppearance", "A200 O200 X404 C403 Y404 R403", () -> put("/api/appearances/{id}",
                "/api/appearances/" + w.appearance(),
                Map.of("spoke", false, "leftEarly", false, "identityStatus", "VERIFIED")));
        rule("deleteAppearance", "A204 O204 X404 C403 Y404 R403",
                () -> delete("/api/appearances/{id}", "/api/appearances/" + w.appearance()));

        // Delegations are between an agency and the bureau; only the bureau reviews them.
        rule("listDelegations", "A200 O200 X200 C403 R403",
                () -> get("/api/delegations", "/api/delegations?caseId=" + w.caseId), "AO");
        rule("getDelegation", "A200 O200 X404 C403 R403",
                () -> get("/api/delegations/{id}", "/api/delegations/" + w.delegationId));
        rule("createDelegation", "A201 O201 X422 C403 R403", () -> post("/api/delegations", "/api/delegations",
                SecurityFixtures.delegationBody(w.hearing("SCHEDULED"), ownerCode, w.ownerStaff)));
        rule("updateDelegation", "A200 O200 X404 C403 R403", () -> put("/api/delegations/{id}",
                "/api/delegations/" + w.delegation(), Map.of("reasonCategory", "ACCIDENT",
                        "reason", "局长当日因交通事故受伤住院，无法出庭", "delegateOfficialCode", w.ownerStaff)));
        rule("reviewDelegation", "A200 O403 X403 C403 R403", () -> post("/api/delegations/{id}/review",
                "/api/delegations/" + w.delegationWithPapers() + "/review", Map.of("decision", "APPROVED")));
        rule("deleteDelegation", "A204 O204 X404 C403 R403",
                () -> delete("/api/delegations/{id}", "/api/delegations/" + w.delegation()));

        // Authentication: login is open (an empty body is invalid for everyone); a token has no password.
        rule("login", "A400 O400 X400 C400 R400 N400",
                () -> post("/api/auth/login", "/api/auth/login", Map.of()));
        rule("logout", "A204 O204 X204 C204 R204", () -> post("/api/auth/logout", "/api/auth/logout", null));
        rule("getMe", "A200 O200 X200 C200 R200", () -> get("/api/auth/me", "/api/auth/me"));
        rule("changePassword", "A403 O403 X403 C403 R403", () -> put("/api/auth/password", "/api/auth/password",
                Map.of("currentPassword", "whatever-it-was", "newPassword", "a-new-long-password")));

        // Accounts, tokens and the audit trail are the bureau's.
        rule("createToken", "A201 O403 X403 C403 R403", () -> post("/api/tokens", "/api/tokens",
                Map.of("name", "脚本", "role", "READER", "expiresAt", future())));
        rule("listTokens", "A200 O403 X403 C403 R403", () -> get("/api/tokens", "/api/tokens"));
        rule("getToken", "A200 O403 X403 C403 R403",
                () -> get("/api/tokens/{id}", "/api/tokens/" + w.reader.id()));
        rule("revokeToken", "A204 O403 X403 C403 R403", () -> delete("/api/tokens/{id}",
                "/api/tokens/" + SecurityFixtures.token("READER", null).id()));
        rule("listUsers", "A200 O403 X403 C403 R403", () -> get("/api/users", "/api/users"));
        rule("getUser", "A200 O403 X403 C403 R403", () -> get("/api/users/{username}", "/api/users/" + w.username));
        rule("createUser", "A201 O403 X403 C403 R403", () -> post("/api/users", "/api/users",
                Map.of("username", Fixtures.unique("u").toLowerCase(), "displayName", "新用户", "role", "READER",
                        "password", SecurityFixtures.PASSWORD)));
        rule("updateUser", "A200 O403 X403 C403 R403", () -> put("/api/users/{username}",
                "/api/users/" + SecurityFixtures.user("READER", null),
                Map.of("displayName", "改名", "role", "READER", "enabled", true)));
        rule("resetUserPassword", "A204 O403 X403 C403 R403", () -> put("/api/users/{username}/password",
                "/api/users/" + SecurityFixtures.user("READER", null) + "/password",
                Map.of("newPassword", "another-long-password")));
        rule("deleteUser", "A204 O403 X403 C403 R403",
                () -> delete("/api/users/{username}", "/api/users/" + SecurityFixtures.user("READER", null)));
        rule("listAudit", "A200 O403 X403 C403 R403", () -> get("/api/audit", "/api/audit?size=1"));

        // Court intake and ledger import.
        rule("intakeCases", "A200 O403 X403 C200 Y403 R403", () -> post("/api/intake/cases", "/api/intake/cases",
                List.of(Map.of("court", SecurityFixtures.COURT, "caseNumber", Fixtures.unique("（2022）渝0112行初"),
                        "trialLevel", "FIRST_INSTANCE", "defendants", List.of(ownerCode)))));
        rule("importLedger", "A200 O403 X403 C403 R403", () -> post("/api/imports/ledger", "/api/imports/ledger",
                Map.of("format", "yingsu-ledger/1", "agencies", List.of(), "officials", List.of(),
                        "cases", List.of())));
        rule("getLedgerTemplate", "A200 O403 X403 C403 R403",
                () -> get("/api/imports/ledger/template", "/api/imports/ledger/template"));

        // Statistics: READER's whole purpose; an agency gets its own figures only (another's code is unknown).
        rule("getCompliance", "A200 O200 X400 C403 R200", () -> get("/api/metrics/compliance",
                "/api/metrics/compliance?year=2022&agencyCode=" + ownerCode));
        rule("listAbsences", "A200 O200 X400 C403 R200", () -> get("/api/metrics/absences",
                "/api/metrics/absences?year=2022&agencyCode=" + ownerCode));
        rule("listDuties", "A200 O200 X400 C403 R200", () -> get("/api/metrics/duties",
                "/api/metrics/duties?year=2022&agencyCode=" + ownerCode));
        rule("getAgencyYears", "A200 O200 X404 C403 R200", () -> get("/api/metrics/agencies/{code}/years",
                "/api/metrics/agencies/" + ownerCode + "/years?from=2021&to=2022"));

        // Supervision: between each agency and the bureau.
        rule("listWarnings", "A200 O200 X200 C403 R403",
                () -> get("/api/warnings", "/api/warnings?agencyCode=" + ownerCode), "AO");
        rule("refreshWarnings", "A200 O403 X403 C403 R403",
                () -> post("/api/warnings/refresh", "/api/warnings/refresh", null));
        rule("listHeadConfirmations", "A200 O200 X200 C403 R403",
                () -> get("/api/confirmations", "/api/confirmations?agencyCode=" + ownerCode), "AO");
        rule("confirmHead", "A200 O200 X422 C403 R403",
                () -> post("/api/confirmations", "/api/confirmations", w.confirmationBody()));
        rule("withdrawHeadConfirmation", "A204 O204 X404 C403 R403",
                () -> delete("/api/confirmations/{id}", "/api/confirmations/" + w.confirmation()));
        rule("draftMonthlyReport", "A200 O200 X422 C403 R403", () -> get("/api/monthly-reports/draft",
                "/api/monthly-reports/draft?agencyCode=" + ownerCode + "&year=2022&month=3"));
        rule("submitMonthlyReport", "A201 O201 X422 C403 R403",
                () -> post("/api/monthly-reports", "/api/monthly-reports", w.report()));
        rule("listMonthlyReports", "A200 O200 X200 C403 R403",
                () -> get("/api/monthly-reports", "/api/monthly-reports?agencyCode=" + ownerCode), "AO");
        rule("getMonthlyReport", "A200 O200 X404 C403 R403",
                () -> get("/api/monthly-reports/{id}", "/api/monthly-reports/" + w.reportId));
        rule("reconcileMonth", "A200 O403 X403 C403 R403", () -> get("/api/monthly-reports/reconciliation",
                "/api/monthly-reports/reconciliation?year=2022&month=3&agencyCode=" + ownerCode));
        rule("listRecommendations", "A200 O200 X200 C403 R403",
                () -> get("/api/recommendations", "/api/recommendations?agencyCode=" + ownerCode), "AO");
        rule("getRecommendation", "A200 O200 X404 C403 R403",
                () -> get("/api/recommendations/{id}", "/api/recommendations/" + w.recommendationId));
        rule("createRecommendation", "A201 O403 X403 C201 Y422 R403",
                () -> post("/api/recommendations", "/api/recommendations", w.recommendationBody()));
        rule("answerRecommendation", "A200 O200 X404 C403 R403", () -> post("/api/recommendations/{id}/answer",
                "/api/recommendations/" + w.recommendation() + "/answer", Map.of("response", "已整改")));
        rule("closeRecommendation", "A200 O403 X403 C403 R403", () -> post("/api/recommendations/{id}/close",
                "/api/recommendations/" + w.answeredRecommendation() + "/close", Map.of("comment", "同意")));
        rule("listInterviews", "A200 O200 X200 C403 R403",
                () -> get("/api/interviews", "/api/interviews?agencyCode=" + ownerCode), "AO");
        rule("getInterview", "A200 O200 X404 C403 R403",
                () -> get("/api/interviews/{id}", "/api/interviews/" + w.interviewId));
        rule("recordInterview", "A200 O403 X403 C403 R403", () -> put("/api/interviews/{id}",
                "/api/interviews/" + w.interview(), Map.of("notes", "约谈前准备材料")));
        rule("completeInterview", "A200 O403 X403 C403 R403", () -> post("/api/interviews/{id}/complete",
                "/api/interviews/" + w.interview() + "/complete", w.interviewRecord()));
        rule("cancelInterview", "A200 O403 X403 C403 R403", () -> post("/api/interviews/{id}/cancel",
                "/api/interviews/" + w.interview() + "/cancel", Map.of("reason", "机构改革，该单位已撤并")));
        rule("refreshInterviews", "A200 O403 X403 C403 R403", () -> post("/api/interviews/refresh",
                "/api/interviews/refresh", Map.of("year", 2001, "quarter", 1)));
        // The assessment is a statistic: the reader's too; an agency its own (another's code is unknown).
        rule("getAssessment", "A200 O200 X400 C403 R200",
                () -> get("/api/assessment", "/api/assessment?year=2022&agencyCode=" + ownerCode));
        rule("getAssessmentPoints", "A200 O200 X200 C403 R200",
                () -> get("/api/assessment/points/{year}", "/api/assessment/points/1999"));
        // Who changed the points and when: the bureau's and the reader's, as the points themselves are public.
        rule("listAssessmentPointsChanges", "A200 O403 X403 C403 R200",
                () -> get("/api/assessment/points/{year}/changes", "/api/assessment/points/1999/changes"));
        rule("setAssessmentPoints", "A200 O403 X403 C403 R403",
                () -> put("/api/assessment/points/{year}", "/api/assessment/points/1999", Map.of("points", 2)));
        rule("createCalendarSubscription", "A201 O201 X422 C403 R403", () -> post("/api/calendar/subscriptions",
                "/api/calendar/subscriptions", Map.of("name", "日历", "agencyCode", ownerCode)));
        rule("listCalendarSubscriptions", "A200 O200 X200 C403 R403", () -> get("/api/calendar/subscriptions",
                "/api/calendar/subscriptions?agencyCode=" + ownerCode), "AO");
        rule("revokeCalendarSubscription", "A204 O204 X404 C403 R403", () -> delete(
                "/api/calendar/subscriptions/{id}", "/api/calendar/subscriptions/" + w.subscription()));
        // A calendar app cannot log in: the secret address is the credential, whoever else asks.
        rule("getCalendarFeed", "A200 O200 X200 C200 R200 N200",
                () -> get("/api/calendar/feeds/{token}.ics", w.feedPath));
        rule("listLostCaseReports", "A200 O200 X200 C403 R403", () -> get("/api/lost-case-reports",
                "/api/lost-case-reports?agencyCode=" + ownerCode), "AO");
        rule("getLostCaseReport", "A200 O200 X404 C403 R403",
                () -> get("/api/lost-case-reports/{caseId}/{agencyCode}", w.lostCase(w.caseId)));
        rule("saveLostCaseDraft", "A200 O200 X404 C403 R403", () -> put("/api/lost-case-reports/{caseId}/{agencyCode}",
                w.lostCase(w.caseWithOutcome()), Map.of("summary", "草稿")));
        rule("submitLostCaseReport", "A200 O200 X404 C403 R403", () -> post(
                "/api/lost-case-reports/{caseId}/{agencyCode}/submit", w.lostCase(w.draftedLostCase()) + "/submit",
                w.lostCaseSubmission()));
        rule("answerLostCaseReport", "A200 O403 X403 C403 R403", () -> post(
                "/api/lost-case-reports/{caseId}/{agencyCode}/guidance",
                w.lostCase(w.submittedLostCase()) + "/guidance", Map.of("guidance", "请组织专题培训")));
        rule("listObservations", "A200 O200 X200 C403 R403",
                () -> get("/api/observations", "/api/observations?agencyCode=" + ownerCode), "AO");
        rule("getObservation", "A200 O200 X404 C403 R403",
                () -> get("/api/observations/{id}", "/api/observations/" + w.observationId));
        rule("createObservation", "A201 O403 X403 C403 R403",
                () -> post("/api/observations", "/api/observations", w.observationBody()));
        rule("updateObservation", "A200 O403 X403 C403 R403", () -> put("/api/observations/{id}",
                "/api/observations/" + w.observationId, Map.of("title", "典型案件旁听", "typicalReason", "具有普遍性")));
        rule("deleteObservation", "A204 O403 X403 C403 R403",
                () -> delete("/api/observations/{id}", "/api/observations/" + w.observation()));
        rule("inviteToObservation", "A200 O403 X403 C403 R403", () -> post("/api/observations/{id}/invitations",
                "/api/observations/" + w.observationId + "/invitations",
                Map.of("officialCodes", List.of(w.ownerHead))));
        rule("withdrawObservationInvitation", "A200 O403 X403 C403 R403", () -> delete(
                "/api/observations/{id}/invitations/{officialCode}",
                "/api/observations/" + w.observation() + "/invitations/" + w.ownerHead));
        rule("recordObservationAttendance", "A200 O403 X403 C403 R403", () -> put("/api/observations/{id}/attendance",
                "/api/observations/" + w.observation() + "/attendance",
                Map.of("attendance", List.of(Map.of("officialCode", w.ownerHead, "attended", true)))));
        rule("uploadDocument", "A201 O201 X422 C201 Y422 R403", () -> new Call("post", "/api/documents",
                "/api/documents?ownerType=CASE&kind=JUDGMENT&fileName=j.pdf&ownerId=" + w.caseId, PDF,
                "application/pdf"));
        rule("listDocuments", "A200 O200 X404 C200 Y404 R403", () -> get("/api/documents",
                "/api/documents?ownerType=CASE&ownerId=" + w.caseId));
        rule("getDocument", "A200 O200 X404 C200 Y404 R403",
                () -> get("/api/documents/{id}", "/api/documents/" + w.documentId));
        rule("downloadDocument", "A200 O200 X404 C200 Y404 R403",
                () -> get("/api/documents/{id}/content", "/api/documents/" + w.documentId + "/content"));
        rule("deleteDocument", "A204 O204 X404 C204 Y404 R403",
                () -> delete("/api/documents/{id}", "/api/documents/" + w.document()));

        // Referrals (追责) are the bureau's: an agency reads its own once sent, never a draft, and changes none.
        rule("listReferrals", "A200 O200 X200 C403 R403",
                () -> get("/api/referrals", "/api/referrals?agencyCode=" + ownerCode), "AO");
        rule("prefillReferral", "A200 O403 X403 C403 R403", () -> get("/api/referrals/prefill",
                "/api/referrals/prefill?ground=NO_ONE_APPEARED&agencyCode=" + ownerCode + "&hearingId="
                        + w.hearing("HELD")));
        rule("getReferral", "A200 O200 X404 C403 R403",
                () -> get("/api/referrals/{id}", "/api/referrals/" + w.referralId));
        rule("getReferralLetter", "A200 O200 X404 C403 R403",
                () -> get("/api/referrals/{id}/letter", "/api/referrals/" + w.referralId + "/letter"));
        rule("createReferral", "A201 O403 X403 C403 R403",
                () -> post("/api/referrals", "/api/referrals", w.referralBody()));
        rule("updateReferral", "A200 O403 X403 C403 R403",
                () -> put("/api/referrals/{id}", "/api/referrals/" + w.referral(), w.referralBody()));
        rule("sendReferral", "A200 O403 X403 C403 R403", () -> post("/api/referrals/{id}/send",
                "/api/referrals/" + w.referral() + "/send", w.referralSending()));
        rule("answerReferral", "A200 O403 X403 C403 R403", () -> post("/api/referrals/{id}/answer",
                "/api/referrals/" + w.sentReferral() + "/answer", Map.of("decision", "NO_ACCOUNTABILITY",
                        "answeredOn", java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString())));
        rule("withdrawReferral", "A200 O403 X403 C403 R403", () -> post("/api/referrals/{id}/withdraw",
                "/api/referrals/" + w.referral() + "/withdraw", Map.of("reason", "重复移送")));

        // Training is the bureau's to organise; an agency reads the sessions, reminders and share of its own heads.
        rule("listTrainings", "A200 O200 X200 C403 R403",
                () -> get("/api/trainings", "/api/trainings?agencyCode=" + ownerCode), "AO");
        rule("getTraining", "A200 O200 X404 C403 R403",
                () -> get("/api/trainings/{id}", "/api/trainings/" + w.trainingId));
        rule("createTraining", "A201 O403 X403 C403 R403",
                () -> post("/api/trainings", "/api/trainings", w.trainingBody(5)));
        rule("updateTraining", "A200 O403 X403 C403 R403",
                () -> put("/api/trainings/{id}", "/api/trainings/" + w.trainingId, w.trainingBody(1)));
        rule("deleteTraining", "A204 O403 X403 C403 R403",
                () -> delete("/api/trainings/{id}", "/api/trainings/" + w.training(1)));
        rule("inviteToTraining", "A200 O403 X403 C403 R403", () -> post("/api/trainings/{id}/invitations",
                "/api/trainings/" + w.trainingId + "/invitations", Map.of("agencyCodes", List.of(ownerCode))));
        rule("withdrawTrainingInvitation", "A200 O403 X403 C403 R403", () -> delete(
                "/api/trainings/{id}/invitations/{officialCode}",
                "/api/trainings/" + w.training(1) + "/invitations/" + w.ownerHead));
        rule("recordTrainingAttendance", "A200 O403 X403 C403 R403", () -> put("/api/trainings/{id}/attendance",
                "/api/trainings/" + w.training(-1) + "/attendance",
                Map.of("attendance", List.of(Map.of("officialCode", w.ownerHead, "attended", true)))));
        rule("getTrainingCoverage", "A200 O200 X200 C403 R403", () -> get("/api/trainings/coverage",
                "/api/trainings/coverage?year=" + java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE)
                        .getYear() + "&agencyCode=" + ownerCode));
        rule("listTrainingReminders", "A200 O200 X200 C403 R403",
                () -> get("/api/trainings/reminders", "/api/trainings/reminders"), "AO");
        rule("sendTrainingReminders", "A200 O403 X403 C403 R403",
                () -> post("/api/trainings/reminders/send", "/api/trainings/reminders/send", null));

        // The coordination centre is the bureau's: an agency reads the disputes about its acts and the figures.
        rule("listDisputes", "A200 O200 X200 C403 R403", () -> get("/api/coordination/disputes",
                "/api/coordination/disputes?agencyCode=" + ownerCode), "AO");
        rule("getDispute", "A200 O200 X404 C403 R403", () -> get("/api/coordination/disputes/{id}",
                "/api/coordination/disputes/" + w.disputeId));
        rule("createDispute", "A201 O403 X403 C403 R403", () -> post("/api/coordination/disputes",
                "/api/coordination/disputes", w.disputeBody()));
        rule("updateDispute", "A200 O403 X403 C403 R403", () -> put("/api/coordination/disputes/{id}",
                "/api/coordination/disputes/" + w.dispute(), w.disputeBody()));
        rule("startDispute", "A200 O403 X403 C403 R403", () -> post("/api/coordination/disputes/{id}/start",
                "/api/coordination/disputes/" + w.dispute() + "/start", Map.of("mediatingBodyCode", "CENTRE",
                        "startedOn", java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString())));
        rule("addDisputeMeeting", "A200 O403 X403 C403 R403", () -> post("/api/coordination/disputes/{id}/meetings",
                "/api/coordination/disputes/" + w.startedDispute() + "/meetings", Map.of("heldOn",
                        java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString(),
                        "participants", "申请人李某")));
        rule("resolveDispute", "A200 O403 X403 C403 R403", () -> post("/api/coordination/disputes/{id}/resolve",
                "/api/coordination/disputes/" + w.startedDispute() + "/resolve", Map.of("resolution", "WITHDRAWAL",
                        "resolvedOn", java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString(),
                        "summary", "撤回申请")));
        rule("returnDispute", "A200 O403 X403 C403 R403", () -> post("/api/coordination/disputes/{id}/return",
                "/api/coordination/disputes/" + w.dispute() + "/return", Map.of("returnedOn",
                        java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE).toString(), "reason", "退回")));
        rule("getCoordinationFigures", "A200 O200 X200 C403 R200", () -> get("/api/coordination/figures",
                "/api/coordination/figures?year=2022"));
        rule("listMediatingBodies", "A200 O200 X200 C403 R403",
                () -> get("/api/coordination/bodies", "/api/coordination/bodies"));
        rule("createMediatingBody", "A201 O403 X403 C403 R403", () -> post("/api/coordination/bodies",
                "/api/coordination/bodies", w.mediatingBodyBody(Fixtures.unique("MB"))));
        rule("updateMediatingBody", "A200 O403 X403 C403 R403", () -> {
            String code = w.mediatingBody();
            return put("/api/coordination/bodies/{code}", "/api/coordination/bodies/" + code,
                    w.mediatingBodyBody(code));
        });

        // The papers check is the bureau's worklist; each agency sees its own items (R9).
        rule("listPapersCheck", "A200 O200 X200 C403 R403",
                () -> get("/api/papers-check", "/api/papers-check?agencyCode=" + ownerCode), "AO");

        // Bulletins are sent to every agency of the district: each agency reads a published one whole (R9 keeps
        // records, not this circular, to their owners). Drafts and publishing are the bureau's.
        rule("previewBulletin", "A200 O403 X403 C403 R403", () -> get("/api/bulletins/preview",
                "/api/bulletins/preview?year=" + w.bulletinQuarter.year() + "&quarter=" + w.bulletinQuarter.quarter()));
        rule("publishBulletin", "A201 O403 X403 C403 R403",
                () -> post("/api/bulletins", "/api/bulletins", w.unpublishedQuarter()));
        rule("listBulletins", "A200 O200 X200 C403 R200",
                () -> get("/api/bulletins", "/api/bulletins?year=" + w.bulletinQuarter.year()));
        rule("getBulletin", "A200 O200 X200 C403 R200",
                () -> get("/api/bulletins/{id}", "/api/bulletins/" + w.bulletinId));
    }

    /**
     * One dynamic test per cell, named "operation (METHOD path): CALLER → status", so that a failing cell names
     * itself and does not hide the others; two more check that the rules and the contract list the same operations.
     */
    @TestFactory
    List<DynamicNode> everyOperationAnswersEveryCallerAsItsRuleSays() throws IOException {
        w = new World();
        defineRules();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile()).get("paths");
        List<DynamicNode> operations = new ArrayList<>();
        TreeSet<String> unruled = new TreeSet<>();
        TreeSet<String> used = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                String operationId = operation.getValue().path("operationId").asText();
                String endpoint = operation.getKey() + " " + path.getKey();
                Rule rule = rules.get(operationId);
                if (rule == null) {
                    unruled.add(endpoint.toUpperCase(Locale.ROOT) + " (" + operationId + ")");
                    continue;
                }
                used.add(operationId);
                String label = operationId + " (" + operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                        + ")";
                List<DynamicTest> cells = new ArrayList<>();
                for (Caller caller : Caller.values()) {
                    int expected = rule.expected().get(caller);
                    cells.add(DynamicTest.dynamicTest(label + ": " + caller + " → " + expected,
                            () -> checkCell(operationId, endpoint, rule, caller, expected)));
                }
                operations.add(DynamicContainer.dynamicContainer(label, cells));
            }
        }
        TreeSet<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(used);
        operations.add(DynamicTest.dynamicTest("every operation of the contract has an authorization rule",
                () -> assertTrue(unruled.isEmpty(), "Operations without an authorization rule (add one here): "
                        + unruled)));
        operations.add(DynamicTest.dynamicTest("every authorization rule names an operation of the contract",
                () -> assertTrue(stale.isEmpty(), "Rules for operations the spec no longer has: " + stale)));
        return operations;
    }

    private void checkCell(String operationId, String endpoint, Rule rule, Caller caller, int expected) {
        Call call = rule.call().get();
        assertEquals(endpoint, call.method() + " " + call.template(),
                operationId + ": the rule must call the operation it is named after");
        Response response = send(caller, call);
        assertEquals(expected, response.statusCode(), () -> operationId + " as " + caller + ": "
                + response.asString());
        if (expected >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"),
                    operationId + " as " + caller + ": " + expected + " is not problem+json");
        } else if (rule.seeing() != null && expected == 200) {
            checkListScope(operationId, caller, rule.seeing(), response);
        }
    }

    private static void checkListScope(String operationId, Caller caller, String seeing, Response response) {
        char letter = switch (caller) {
            case ADMIN -> 'A';
            case AGENCY_OWNER -> 'O';
            case COURT -> 'C';
            case COURT_OTHER -> 'Y';
            default -> '-';
        };
        Object body = response.jsonPath().get("$");
        long total = body instanceof List<?> list ? list.size() : response.jsonPath().getLong("total");
        if (seeing.indexOf(letter) >= 0) {
            assertTrue(total > 0, operationId + " as " + caller + ": the owner's record is missing from the list");
        } else {
            assertEquals(0, total, operationId + " as " + caller + ": the list leaks record(s) of another agency");
        }
    }

    private Response send(Caller caller, Call call) {
        String secret = w.request(caller);
        RequestSpecification request = secret == null ? Api.anonymous() : Api.as(secret);
        if (call.method().equals("put")) {
            // Any current version: a cell tests who may change a record, not which version (SafeUpdatesTests).
            request = request.header("If-Match", "*");
        }
        if (call.body() != null) {
            request = call.body() instanceof byte[] bytes ? request.contentType(call.contentType()).body(bytes)
                    : request.contentType(call.contentType()).body(call.body());
        }
        return request.request(call.method(), call.path());
    }
}
