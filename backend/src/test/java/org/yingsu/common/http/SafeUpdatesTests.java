package org.yingsu.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;

/**
 * Safe updates, through the HTTP API: a PUT of a versioned resource needs If-Match (428 without, nothing changed),
 * If-Match compares strongly (a weak tag or a stale one is 412), a GET answers 304 to an If-None-Match that names its
 * ETag, and the body of a GET can be sent back as the PUT of the same resource.
 */
@QuarkusTest
class SafeUpdatesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One resource with a GET and a PUT at the same address, made fresh for each test. */
    record Resource(String name, Supplier<String> path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> resources() {
        return Stream.of(
                new Resource("agency", () -> "/api/agencies/" + Fixtures.agency("DEPARTMENT")),
                new Resource("official", () -> "/api/officials/" + Fixtures.official(Fixtures.agency("DEPARTMENT"),
                        "DEPUTY", "2020-01-01", null)),
                new Resource("case", () -> "/api/cases/" + Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")),
                        "FIRST_INSTANCE")),
                new Resource("hearing", () -> "/api/hearings/" + hearing(Fixtures.agency("DEPARTMENT"), "SCHEDULED")),
                new Resource("notice", () -> {
                    String agency = Fixtures.agency("DEPARTMENT");
                    return "/api/notices/" + id("/api/notices", SecurityFixtures.noticeBody(hearing(agency,
                            "SCHEDULED"), agency));
                }),
                new Resource("appearance", () -> {
                    String agency = Fixtures.agency("DEPARTMENT");
                    String head = Fixtures.official(agency, "DEPUTY", "2020-01-01", null);
                    return "/api/appearances/" + id("/api/appearances", SecurityFixtures.appearanceBody(
                            hearing(agency, "HELD"), head));
                }),
                new Resource("delegation", () -> {
                    String agency = Fixtures.agency("DEPARTMENT");
                    Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
                    String staff = Fixtures.official(agency, "STAFF", "2020-01-01", null);
                    return "/api/delegations/" + id("/api/delegations", SecurityFixtures.delegationBody(
                            hearing(agency, "SCHEDULED"), agency, staff));
                }),
                new Resource("outcome", () -> {
                    long caseId = Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")), "FIRST_INSTANCE");
                    Fixtures.outcome(caseId, "REVOKED", "2022-06-01");
                    return "/api/cases/" + caseId + "/outcome";
                }),
                new Resource("user", () -> "/api/users/" + SecurityFixtures.user("READER", null)))
                .map(Arguments::of);
    }

    private static long hearing(String agency, String status) {
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        return id("/api/hearings", SecurityFixtures.hearingBody(caseId, status));
    }

    private static long id(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static ObjectNode read(String path) {
        Response response = given().get(path).then().statusCode(200).extract().response();
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(response.asString());
            body.put("$etag", response.header("ETag"));
            return body;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(ObjectNode read) {
        return read.remove("$etag").asText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aPutWithoutIfMatchIs428AndChangesNothing(Resource resource) {
        String path = resource.path().get();
        ObjectNode before = read(path);
        String etag = etag(before);
        given().contentType(ContentType.JSON).body(before.toString()).put(path).then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("urn:yingsu:problem:precondition-required"))
                .body("status", equalTo(428)).body("errors[0].field", equalTo("If-Match"))
                .body("detail", org.hamcrest.Matchers.containsString("If-Match"));
        ObjectNode after = read(path);
        assertEquals(etag, etag(after), resource + ": a refused update must not change the version");
        assertEquals(before, after, resource + ": a refused update must change nothing");
    }

    /** What a client reads it can send back unchanged: read-only fields are accepted and nothing changes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void theBodyOfAGetCanBePutBack(Resource resource) {
        String path = resource.path().get();
        ObjectNode before = read(path);
        String etag = etag(before);
        Response put = given().contentType(ContentType.JSON).header("If-Match", etag).body(before.toString())
                .put(path).then().extract().response();
        assertEquals(200, put.statusCode(), () -> resource + ": " + put.asString());
        ObjectNode after = read(path);
        etag(after);
        before.remove("version");
        after.remove("version");
        assertEquals(before, after, resource + ": putting back what was read must change nothing but the version");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void ifMatchComparesStrongly(Resource resource) {
        String path = resource.path().get();
        ObjectNode before = read(path);
        String etag = etag(before);
        assertTrue(etag.startsWith("\""), resource + ": ETags are strong, not " + etag);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + etag).body(before.toString()).put(path)
                .then().statusCode(412).body("type", equalTo("urn:yingsu:problem:precondition-failed"))
                .body("detail", org.hamcrest.Matchers.containsString("weak"));
        given().contentType(ContentType.JSON).header("If-Match", "\"987654\"").body(before.toString()).put(path)
                .then().statusCode(412);
        ObjectNode after = read(path);
        assertEquals(etag, etag(after), resource + ": a failed precondition must not change the version");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aGetAnswers304ToAnIfNoneMatchNamingItsETag(Resource resource) {
        String path = resource.path().get();
        String etag = etag(read(path));
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag)
                .body(emptyString());
        // If-None-Match compares weakly; a list matches when one of its tags does; * matches any current version.
        given().header("If-None-Match", "W/" + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"987654\", " + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "*").get(path).then().statusCode(304);
        given().header("If-None-Match", "\"987654\"").get(path).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void theFirstOutcomeIsRecordedWithIfNoneMatchStarAndASecondOneIsRefused() {
        long caseId = Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")), "FIRST_INSTANCE");
        String path = "/api/cases/" + caseId + "/outcome";
        Map<String, String> body = Map.of("result", "REVOKED", "concludedOn", "2022-06-01");
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(428)
                .body("detail", org.hamcrest.Matchers.containsString("If-None-Match: *"));
        given().get(path).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-None-Match", "*").body(body).put(path).then()
                .statusCode(200).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).header("If-None-Match", "*")
                .body(Map.of("result", "MEDIATED", "concludedOn", "2022-06-01")).put(path).then().statusCode(412);
        given().get(path).then().body("result", equalTo("REVOKED"));
    }

    @Test
    void aCallerWhoMayNotChangeTheRecordLearnsThatBeforeThePrecondition() {
        String path = "/api/agencies/" + Fixtures.agency("DEPARTMENT");
        String reader = SecurityFixtures.token("READER", null).secret();
        org.yingsu.testing.Api.as(reader).contentType(ContentType.JSON).body(Map.of("name", "改名", "kind",
                "DEPARTMENT")).put(path).then().statusCode(403);
    }

    @Test
    void unknownPropertiesOtherThanTheGetsAreStillRefused() {
        String path = "/api/agencies/" + Fixtures.agency("DEPARTMENT");
        ObjectNode body = read(path);
        String etag = etag(body);
        body.put("colour", "red");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body.toString()).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    /**
     * The rule, as the contract states it: every PUT and PATCH that takes If-Match requires it (or, where it may
     * create its record, If-None-Match: *) and declares 428 and 412; every GET whose answer carries an ETag takes
     * If-None-Match and declares 304.
     */
    @Test
    void everyUpdateOfAVersionedResourceRequiresIfMatchInTheContract() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi", "openapi.yaml")
                .toFile());
        List<String> wrong = new ArrayList<>();
        int updates = 0;
        int reads = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey() + " " + path.getKey();
                JsonNode ifMatch = header(op.getValue(), "If-Match");
                JsonNode responses = op.getValue().path("responses");
                if ((op.getKey().equals("put") || op.getKey().equals("patch")) && ifMatch != null) {
                    updates++;
                    boolean creates = header(op.getValue(), "If-None-Match") != null;
                    if (ifMatch.path("required").asBoolean() == creates) {
                        wrong.add(name + ": If-Match must be required unless If-None-Match: * may create");
                    }
                    if (!responses.has("428") || !responses.has("412")) {
                        wrong.add(name + ": must declare 428 and 412");
                    }
                }
                if (op.getKey().equals("get") && responses.path("200").path("headers").has("ETag")) {
                    reads++;
                    if (header(op.getValue(), "If-None-Match") == null || !responses.has("304")) {
                        wrong.add(name + ": a GET with an ETag must take If-None-Match and declare 304");
                    }
                }
            }
        }
        assertTrue(updates >= 19, "the versioned updates of the contract: " + updates);
        assertTrue(reads >= 14, "the versioned reads of the contract: " + reads);
        assertEquals(List.of(), wrong);
    }

    private static JsonNode header(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        return null;
    }
}
