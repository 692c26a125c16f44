package org.yingsu.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

/**
 * The committed {@code openapi/openapi.yaml} is the contract the SPA and the courts build against: it must be exactly
 * what the code serves. Refresh it with {@code ./mvnw -B test -Dtest=OpenApiContractTests -Dyingsu.openapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTests {

    private static final Path COMMITTED = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void committedSpecIsWhatTheCodeServes() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString().strip() + "\n";
        if (Boolean.getBoolean("yingsu.openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing; create it with "
                + "./mvnw -B test -Dtest=OpenApiContractTests -Dyingsu.openapi.update=true");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "The API changed but openapi/openapi.yaml did not: review the difference, then refresh it with "
                        + "./mvnw -B test -Dtest=OpenApiContractTests -Dyingsu.openapi.update=true");
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsErrorResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                missing.add(name + ": operationId");
            }
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (path.startsWith("/api/") && (responses == null || !responses.containsKey("400")
                    || !responses.containsKey("500"))) {
                missing.add(name + ": problem responses");
            }
        }));
        assertTrue(missing.isEmpty(), "Operations lacking documentation: " + missing);
        assertTrue(paths.size() >= 10, "the spec lists the API's paths");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** What the server sends as a spec: the JSON form of the served contract. */
    private static Map<String, Object> spec() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getMap("");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    private interface OperationVisitor {
        void visit(String name, String path, String method, Map<String, Object> operation);
    }

    private static void eachApiOperation(Map<String, Object> spec, OperationVisitor visitor) {
        map(spec.get("paths")).forEach((path, operations) -> map(operations).forEach((method, operation) -> {
            if (path.startsWith("/api/") && operation instanceof Map) {
                visitor.visit(method.toUpperCase() + " " + path, path, method, map(operation));
            }
        }));
    }

    /** A generated client can only read what the contract describes: no success without a body schema. */
    @Test
    void everySuccessDeclaresItsBodyAndHeaders() {
        Map<String, Object> spec = spec();
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        List<String> missing = new ArrayList<>();
        eachApiOperation(spec, (name, path, method, operation) -> map(operation.get("responses")).forEach(
                (status, value) -> {
                    Map<String, Object> response = map(value);
                    if (!status.startsWith("2")) {
                        return;
                    }
                    Map<String, Object> headers = map(response.get("headers"));
                    Map<String, Object> content = map(response.get("content"));
                    if (status.equals("204")) {
                        if (!content.isEmpty()) {
                            missing.add(name + " " + status + ": a 204 has no body");
                        }
                        return;
                    }
                    if (content.isEmpty()) {
                        missing.add(name + " " + status + ": no content");
                    }
                    content.forEach((type, media) -> {
                        if (map(media).get("schema") == null) {
                            missing.add(name + " " + status + " " + type + ": no schema");
                        }
                    });
                    if (status.equals("201") && !headers.containsKey("Location")) {
                        missing.add(name + " 201: Location header");
                    }
                    boolean secret = Set.of("/api/tokens", "/api/auth/login", "/api/calendar/subscriptions")
                            .contains(path);
                    if (method.equals("post") && !secret && !headers.containsKey("Idempotent-Replayed")) {
                        missing.add(name + " " + status + ": Idempotent-Replayed header");
                    }
                    Map<String, Object> json = map(map(content.get("application/json")).get("schema"));
                    if (map(resolve(json, schemas).get("properties")).containsKey("version")
                            && !headers.containsKey("ETag")) {
                        missing.add(name + " " + status + ": ETag header");
                    }
                }));
        assertTrue(missing.isEmpty(), "Answers the contract does not describe: " + missing);
    }

    /**
     * A page of records (items with a {@code version}) can be synced: it takes {@code updatedSince} and a
     * {@code sort} whose fields are listed, so a new list cannot leave them out. It found the lost-case list.
     */
    @Test
    void everyPageOfRecordsTakesUpdatedSinceAndADocumentedSort() {
        Map<String, Object> spec = spec();
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        List<String> missing = new ArrayList<>();
        eachApiOperation(spec, (name, path, method, operation) -> {
            Map<String, Object> ok = resolve(map(map(map(map(map(operation.get("responses")).get("200"))
                    .get("content")).get("application/json")).get("schema")), schemas);
            Map<String, Object> properties = map(ok.get("properties"));
            // The lost-case list is one task per lost case and defendant, derived from the outcome: its items
            // are not stored records (their version is the report's, 0 until the agency writes one).
            if (!method.equals("get") || !properties.containsKey("items") || !properties.containsKey("total")
                    || path.equals("/api/lost-case-reports")) {
                return;
            }
            Map<String, Object> item = resolve(map(map(properties.get("items")).get("items")), schemas);
            if (!map(item.get("properties")).containsKey("version")) {
                return;
            }
            Map<String, Map<String, Object>> parameters = new java.util.HashMap<>();
            list(operation.get("parameters")).stream().map(OpenApiContractTests::map)
                    .filter(p -> "query".equals(p.get("in"))).forEach(p -> parameters.put((String) p.get("name"), p));
            if (!parameters.containsKey("updatedSince")) {
                missing.add(name + ": updatedSince");
            }
            List<Object> sortable = list(map(map(parameters.get("sort")).get("schema")).get("enum"));
            if (!sortable.contains("updatedAt") || !sortable.contains("-updatedAt") || !sortable.contains("id")) {
                missing.add(name + ": sort with its fields (at least updatedAt, -updatedAt, id)");
            }
        });
        assertTrue(missing.isEmpty(), "Lists of records that cannot be synced: " + missing);
    }

    /** Updates of versioned records take If-Match, and the contract says what it does. */
    @Test
    void updatesDocumentIfMatch() {
        Map<String, Object> spec = spec();
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        List<String> missing = new ArrayList<>();
        eachApiOperation(spec, (name, path, method, operation) -> {
            if (!method.equals("put") && !method.equals("patch")) {
                return;
            }
            Map<String, Object> ok = map(map(map(map(operation.get("responses")).get("200")).get("content"))
                    .get("application/json"));
            boolean versioned = map(resolve(map(ok.get("schema")), schemas).get("properties")).containsKey("version");
            Map<String, Object> ifMatch = list(operation.get("parameters")).stream().map(OpenApiContractTests::map)
                    .filter(p -> "If-Match".equals(p.get("name")) && "header".equals(p.get("in"))).findFirst()
                    .orElse(null);
            if (versioned && (ifMatch == null || ifMatch.get("description") == null)) {
                missing.add(name);
            }
        });
        assertTrue(missing.isEmpty(), "Updates of versioned records without a documented If-Match: " + missing);
    }

    /**
     * Jackson writes every field of an answer ({@code null} included), so every property of a schema that only
     * answers use is {@code required}; a field that can be {@code null} says so in its type.
     * Coded values of a list are on its items, where generators look for them.
     */
    @Test
    void answerSchemasRequireWhatIsAlwaysSentAndListsCarryEnumsOnItems() {
        Map<String, Object> spec = spec();
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        Set<String> answers = new TreeSet<>();
        Set<String> requests = new HashSet<>();
        eachApiOperation(spec, (name, path, method, operation) -> {
            map(operation.get("responses")).forEach((status, response) -> {
                if (status.startsWith("2")) {
                    collect(response, schemas, answers);
                }
            });
            collect(operation.get("requestBody"), schemas, requests);
            collect(operation.get("parameters"), schemas, requests);
        });
        assertTrue(answers.size() > 50, "the answers' schemas are found: " + answers);
        List<String> wrong = new ArrayList<>();
        for (String name : answers) {
            Map<String, Object> schema = map(schemas.get(name));
            if (requests.contains(name)) {
                continue;
            }
            List<Object> required = list(schema.get("required"));
            map(schema.get("properties")).forEach((property, definition) -> {
                if (!required.contains(property)) {
                    wrong.add(name + "." + property + " is not required");
                }
            });
        }
        enumsOnArrays(spec, "", wrong);
        assertTrue(wrong.isEmpty(), "Answer schemas a client cannot rely on: " + wrong);
    }

    private static void enumsOnArrays(Object node, String where, List<String> wrong) {
        if (node instanceof Map<?, ?> m) {
            Object type = m.get("type");
            if (("array".equals(type) || list(type).contains("array")) && m.containsKey("enum")) {
                wrong.add(where + ": enum on an array instead of its items");
            }
            m.forEach((k, v) -> enumsOnArrays(v, where + "/" + k, wrong));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                enumsOnArrays(l.get(i), where + "/" + i, wrong);
            }
        }
    }

    /** The documents upload declares the types the server stores, and a generated client's upload is accepted. */
    @Test
    void theUploadDeclaresTheTypesTheServerAccepts() {
        Map<String, Object> upload = map(map(map(spec().get("paths")).get("/api/documents")).get("post"));
        Map<String, Object> content = map(map(upload.get("requestBody")).get("content"));
        assertEquals(new TreeSet<>(List.of("application/pdf", "image/png", "image/jpeg",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
                new TreeSet<>(content.keySet()));
        String agency = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        for (String type : content.keySet()) {
            given().contentType(type).body(sample(type))
                    .queryParam("ownerType", "CASE").queryParam("ownerId", caseId)
                    .queryParam("kind", "OTHER").queryParam("fileName", "样本")
                    .post("/api/documents").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/documents/"));
        }
    }

    private static byte[] sample(String type) {
        return switch (type) {
            case "application/pdf" -> "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
            case "image/png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
            case "image/jpeg" -> new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};
            default -> wordDocument();
        };
    }

    private static byte[] wordDocument() {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Real answers hold to their schemas: every required property is there, {@code null} only where the schema
     * allows it, no property the schema does not name, coded values among their enum. The records are made with
     * every optional value left out, so that the nulls an answer can carry show up.
     */
    @Test
    void answersConformToTheirSchemas() {
        Map<String, Object> spec = spec();
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        String agency = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        String staff = Fixtures.official(agency, "STAFF", "2020-01-01", null);
        String number = Fixtures.unique("（2022）渝0112行初");
        Map<String, Object> held = new HashMap<>(Map.of("scheduledAt", "2022-03-01T09:30:00+08:00", "status", "HELD",
                "notices", List.of(Map.of("number", number + "之一", "agencyCode", agency, "servedOn", "2022-02-20")),
                "appearances", List.of(Map.of("agencyCode", agency, "officialCode", head, "spoke", true))));
        Map<String, Object> later = new HashMap<>(Map.of("scheduledAt", "2022-04-01T09:30:00+08:00", "status", "HELD",
                "delegations", List.of(Map.of("agencyCode", agency, "reasonCategory", "NON_DELEGABLE_DUTY",
                        "reason", "当日须出席区政府常务会议研究防汛工作", "delegateOfficialCode", staff,
                        "filedOn", "2022-03-25"))));
        Map<String, Object> doc = new HashMap<>(Map.of("court", "重庆市渝北区人民法院", "caseNumber", number,
                "trialLevel", "FIRST_INSTANCE", "defendants", List.of(agency), "hearings", List.of(held, later)));
        given().contentType(ContentType.JSON).body(List.of(doc)).post("/api/intake/cases").then().statusCode(200);
        long caseId = given().queryParam("q", number).get("/api/cases").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long hearingId = given().queryParam("caseId", caseId).get("/api/hearings").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");

        List<String> wrong = new ArrayList<>();
        Map<String, String> calls = new java.util.LinkedHashMap<>();
        calls.put("getAgency", "/api/agencies/" + agency);
        calls.put("listAgencies", "/api/agencies?size=5");
        calls.put("getOfficial", "/api/officials/" + head);
        calls.put("listOfficials", "/api/officials?agencyCode=" + agency);
        calls.put("getCase", "/api/cases/" + caseId);
        calls.put("getCaseFile", "/api/cases/" + caseId + "/file");
        calls.put("getHearing", "/api/hearings/" + hearingId);
        calls.put("listHearings", "/api/hearings?caseId=" + caseId);
        calls.put("listNotices", "/api/notices?agencyCode=" + agency);
        calls.put("listAppearances", "/api/appearances?agencyCode=" + agency);
        calls.put("listDelegations", "/api/delegations?agencyCode=" + agency);
        calls.put("getCompliance", "/api/metrics/compliance?year=2022&agencyCode=" + agency);
        calls.put("listAbsences", "/api/metrics/absences?year=2022&agencyCode=" + agency);
        calls.put("listDuties", "/api/metrics/duties?year=2022&agencyCode=" + agency);
        calls.put("getMe", "/api/auth/me");
        calls.put("listTokens", "/api/tokens?size=50");
        calls.put("listUsers", "/api/users?size=50");
        calls.put("getOfficialRecord", "/api/officials/" + head + "/record?year=2022");
        calls.put("listPapersCheck", "/api/papers-check?agencyCode=" + agency);
        calls.put("listAudit", "/api/audit?size=20");
        calls.put("getAgencyYears", "/api/metrics/agencies/" + agency + "/years?from=2021&to=2022");
        calls.put("listWarnings", "/api/warnings?agencyCode=" + agency);
        calls.put("getAssessment", "/api/assessment?year=2022&agencyCode=" + agency);
        calls.forEach((operationId, uri) -> {
            Response answer = given().accept(ContentType.JSON).get(uri);
            Map<String, Object> schema = answerSchema(spec, operationId);
            if (answer.statusCode() != 200 || schema == null) {
                wrong.add(operationId + " " + uri + ": " + answer.statusCode() + (schema == null ? ", no schema" : ""));
                return;
            }
            conform(answer.jsonPath().get(""), schema, schemas, operationId, wrong);
        });
        Map<String, Object> created = Fixtures.newToken("READER", null).getMap("");
        conform(created, answerSchemaOf(spec, "/api/tokens", "post", "201"), schemas, "createToken", wrong);
        assertTrue(wrong.isEmpty(), "Answers that break their schema: " + wrong);
    }

    private static Map<String, Object> answerSchema(Map<String, Object> spec, String operationId) {
        for (var path : map(spec.get("paths")).entrySet()) {
            for (var operation : map(path.getValue()).entrySet()) {
                if (operationId.equals(map(operation.getValue()).get("operationId"))) {
                    return answerSchemaOf(spec, path.getKey(), operation.getKey(), "200");
                }
            }
        }
        return null;
    }

    private static Map<String, Object> answerSchemaOf(Map<String, Object> spec, String path, String method,
            String status) {
        Object schema = map(map(map(map(map(map(map(spec.get("paths")).get(path)).get(method)).get("responses"))
                .get(status)).get("content")).get("application/json")).get("schema");
        return schema == null ? null : map(schema);
    }

    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema == null) {
            return Map.of();
        }
        Object ref = schema.get("$ref");
        return ref == null ? schema : map(schemas.get(ref.toString().substring("#/components/schemas/".length())));
    }

    private static void collect(Object node, Map<String, Object> schemas, Set<String> into) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
                String name = ref.substring("#/components/schemas/".length());
                if (into.add(name)) {
                    collect(schemas.get(name), schemas, into);
                }
            }
            m.values().forEach(v -> collect(v, schemas, into));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, schemas, into));
        }
    }

    private static boolean allowsNull(Map<String, Object> schema, Map<String, Object> schemas) {
        Map<String, Object> resolved = resolve(schema, schemas);
        if (resolved.isEmpty() || list(schema.get("type")).contains("null") || list(resolved.get("type")).contains("null")) {
            return true;
        }
        for (String group : List.of("anyOf", "oneOf")) {
            for (Object option : list(schema.get(group))) {
                if ("null".equals(map(option).get("type")) || list(map(option).get("type")).contains("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void conform(Object value, Map<String, Object> schema, Map<String, Object> schemas, String where,
            List<String> wrong) {
        if (value == null) {
            if (!allowsNull(schema, schemas)) {
                wrong.add(where + " is null, which its schema does not allow");
            }
            return;
        }
        Map<String, Object> resolved = resolve(schema, schemas);
        for (Object part : list(resolved.get("allOf"))) {
            conform(value, map(part), schemas, where, wrong);
        }
        for (String group : List.of("anyOf", "oneOf")) {
            List<Object> options = list(resolved.get(group)).stream()
                    .filter(o -> !"null".equals(map(o).get("type"))).toList();
            if (options.size() == 1) {
                conform(value, map(options.get(0)), schemas, where, wrong);
            }
        }
        if (resolved.get("enum") != null && !list(resolved.get("enum")).contains(value)) {
            wrong.add(where + " = " + value + " is not among " + resolved.get("enum"));
        }
        if (value instanceof Map<?, ?> object && resolved.get("properties") != null) {
            Map<String, Object> properties = map(resolved.get("properties"));
            for (Object name : list(resolved.get("required"))) {
                if (!object.containsKey(name)) {
                    wrong.add(where + "." + name + " is required but absent");
                }
            }
            object.forEach((name, field) -> {
                if (!properties.containsKey(name.toString())) {
                    wrong.add(where + "." + name + " is not in the schema");
                } else {
                    conform(field, map(properties.get(name.toString())), schemas, where + "." + name, wrong);
                }
            });
        } else if (value instanceof List<?> items && resolved.get("items") != null) {
            for (int i = 0; i < items.size() && i < 20; i++) {
                conform(items.get(i), map(resolved.get("items")), schemas, where + "[" + i + "]", wrong);
            }
        }
    }
}
