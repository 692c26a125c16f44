package org.yingsu.common.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so that each operation lists its errors without
 * repeating the same annotations on every method.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                addProblems(path, method, operation)));
    }

    private void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasBody = operation.getRequestBody() != null;
        add(responses, "400", "Invalid request: errors[] says what is wrong and where");
        if (path.contains("{")) {
            add(responses, "404", "No such record");
        }
        if (writes) {
            add(responses, "409", "Conflicts with existing records (a duplicate natural key, or still referenced)");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "412", "If-Match does not name the current version");
        }
        if (hasBody) {
            add(responses, "413", "Request body too large");
            add(responses, "422", "Breaks a rule of docs/domain.md §3; see errors[]");
        }
        add(responses, "500", "Unexpected server failure; logged, no details given");
        // Quarkus documents the 401 and 403 of secured operations (and a 400) without a body: they are problems too.
        describe(responses, "400", "Invalid request: errors[] says what is wrong and where");
        describe(responses, "401", "No credentials, or a token or session that is unknown, expired or revoked");
        describe(responses, "403", "The caller's role may not do this (or a cookie session sent no X-CSRF-Token)");
        if (method == PathItem.HttpMethod.POST
                && !org.yingsu.common.http.IdempotencyFilter.SECRET_ANSWERS.contains(path)) {
            idempotencyKey(operation);
        }
    }

    /** Every POST honours Idempotency-Key (docs/domain.md §5), through a filter rather than each resource's signature. */
    private static void idempotencyKey(Operation operation) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .required(false).description("Makes a retry safe: a retry with the same key and the same request "
                        + "gets the first answer again (with Idempotent-Replayed: true) for 24 hours; the same key "
                        + "with a different request is a 422; while the first is still running, a retry waits for "
                        + "its answer or gets a 409")
                .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).maxLength(255)));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.getAPIResponses() != null && responses.getAPIResponses().containsKey(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static void describe(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response != null && response.getContent() == null) {
            response.description(description).content(problemContent());
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
