package org.yingsu.common.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.yingsu.common.http.IdempotencyFilter;
import org.yingsu.common.problem.ProblemResponsesFilter;

/**
 * Makes the served contract complete enough for a generated client: the problem answers of every operation; every
 * property of an answer's schema {@code required} (Jackson writes every field, {@code null} included, so an absent
 * property never happens; a field that can be {@code null} says so with {@code @Schema(nullable = true)}); enums on a
 * list's items;
 * the headers the server sends ({@code Location}, {@code ETag}, {@code Idempotent-Replayed}) and the meaning of
 * {@code If-Match} (required on updates, 428 without), {@code If-None-Match} and 304 on the GETs of versioned records. Rules that follow from the code's conventions live here once instead of on every method.
 */
public class ContractFilter implements OASFilter {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answers = new LinkedHashSet<>();
        Set<String> requests = new HashSet<>();
        List<Operation> revalidated = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> {
                    enumsOnItems(p.getSchema());
                    collect(p.getSchema(), schemas, requests);
                    if ("If-Match".equalsIgnoreCase(p.getName()) && p.getDescription() == null) {
                        p.setDescription("The ETag of the version this change was made from (from the GET or the last "
                                + "answer); when it is no longer the current one the answer is 412 and nothing "
                                + "changes. Compared strongly: \"3\" matches version 3, W/\"3\" does not.");
                    }
                });
                preconditions(method, operation);
            }
            RequestBody body = operation.getRequestBody();
            if (body != null) {
                contentSchemas(body.getContent()).forEach(s -> collect(s, schemas, requests));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        contentSchemas(response.getContent()).forEach(s -> collect(s, schemas, answers));
                        headers(path, method, operation, status, response, schemas, revalidated);
                    }
                });
            }
        }));
        revalidated.forEach(ContractFilter::notModified);
        schemas.values().forEach(ContractFilter::enumsOnItems);
        for (String name : answers) {
            Schema schema = schemas.get(name);
            if (!requests.contains(name) && schema != null && schema.getProperties() != null) {
                requireAll(schema);
            }
        }
    }

    /**
     * The rule of {@code UpdatePreconditions}: a PUT or PATCH that takes If-Match requires it (428 without), unless it
     * can also create its resource with If-None-Match: *, in which case one of the two is required.
     */
    private static void preconditions(PathItem.HttpMethod method, Operation operation) {
        if (method != PathItem.HttpMethod.PUT && method != PathItem.HttpMethod.PATCH) {
            return;
        }
        Parameter ifMatch = header(operation, "If-Match");
        if (ifMatch == null) {
            return;
        }
        boolean creates = header(operation, "If-None-Match") != null;
        ifMatch.setRequired(!creates);
        if (creates && !ifMatch.getDescription().contains("If-None-Match")) {
            ifMatch.setDescription(ifMatch.getDescription() + " Required unless If-None-Match: * asks to create the "
                    + "record: without either the answer is 428.");
        }
        problem(operation, "428", creates ? "Neither If-Match nor If-None-Match: * was sent; nothing changed"
                : "If-Match was not sent; nothing changed");
    }

    /** A GET whose answer carries an ETag honours If-None-Match with a 304 ({@code VersionTags}). */
    private static void notModified(Operation operation) {
        if (header(operation, "If-None-Match") == null) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .required(false).description("The ETag of the version the caller holds: when it is still the "
                            + "current one the answer is 304 without a body. Compared weakly: W/\"3\" matches "
                            + "version 3.").schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (operation.getResponses().getAPIResponse("304") == null) {
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current version; no body")
                    .addHeader("ETag", OASFactory.createHeader().description("The record's version, for If-Match")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                    .pattern("^\"[0-9]+\"$"))));
        }
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())).findFirst()
                .orElse(null);
    }

    private static void problem(Operation operation, String status, String description) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                    .ref("#/components/schemas/Problem")))));
        }
    }

    private static void headers(String path, PathItem.HttpMethod method, Operation operation, String status,
            APIResponse response, Map<String, Schema> schemas, List<Operation> revalidated) {
        if (status.equals("201")) {
            header(response, "Location", "Where the new record is", OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).format("uri-reference"));
        }
        if (method == PathItem.HttpMethod.POST && !IdempotencyFilter.SECRET_ANSWERS.contains(path)) {
            header(response, IdempotencyFilter.REPLAYED_HEADER, "Present (true) when this is the stored answer to an "
                    + "earlier request with the same Idempotency-Key", OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).enumeration(List.of("true")));
        }
        for (Schema schema : contentSchemas(response.getContent())) {
            Schema resolved = resolve(schema, schemas);
            if (resolved != null && resolved.getProperties() != null && resolved.getProperties().containsKey("version")) {
                header(response, "ETag", "The record's version, for If-Match", OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).pattern("^\"[0-9]+\"$"));
                if (method == PathItem.HttpMethod.GET && status.equals("200")) {
                    revalidated.add(operation);
                }
                break;
            }
        }
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader().description(description).schema(schema);
        response.addHeader(name, header);
    }

    private static List<Schema> contentSchemas(Content content) {
        List<Schema> found = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                if (type.getSchema() != null) {
                    found.add(type.getSchema());
                }
            }
        }
        return found;
    }

    private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            return schemas.get(schema.getRef().substring(REF_PREFIX.length()));
        }
        return schema;
    }

    /** The names of the component schemas {@code schema} refers to, directly or through others. */
    private static void collect(Schema schema, Map<String, Schema> schemas, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            String name = schema.getRef().substring(REF_PREFIX.length());
            if (into.add(name)) {
                collect(schemas.get(name), schemas, into);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collect(p, schemas, into));
        }
        collect(schema.getItems(), schemas, into);
        collect(schema.getAdditionalPropertiesSchema(), schemas, into);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> collect(s, schemas, into));
            }
        }
    }

    private static void requireAll(Schema schema) {
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        required.addAll(schema.getProperties().keySet());
        schema.setRequired(new ArrayList<>(required));
    }

    /** A list of coded values says so on its items, where generators look for an enum. */
    private static void enumsOnItems(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)
                && schema.getEnumeration() != null) {
            Schema items = schema.getItems() == null ? OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    : schema.getItems();
            if (items.getRef() == null && items.getEnumeration() == null) {
                items.setEnumeration(schema.getEnumeration());
            }
            schema.setItems(items);
            schema.setEnumeration(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractFilter::enumsOnItems);
        }
        enumsOnItems(schema.getItems());
    }
}
