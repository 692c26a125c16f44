package org.yingsu.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Problems answered by the HTTP routes that run before the REST layer (body limits, request targets, the HTTP
 * permissions of paths outside it such as {@code /q/metrics}), so that a client gets the same problem+json as from a
 * resource.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Answers and closes the connection: an unread body would otherwise follow on it. */
    public static void send(RoutingContext ctx, ObjectMapper mapper, Problem problem) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        answer(ctx, mapper, problem);
    }

    /** Answers a request whose body, if any, has been read or refused: the connection stays open. */
    public static void answer(RoutingContext ctx, ObjectMapper mapper, Problem problem) {
        String json;
        try {
            json = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            json = "{\"status\":" + problem.status() + "}";
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json);
    }
}
