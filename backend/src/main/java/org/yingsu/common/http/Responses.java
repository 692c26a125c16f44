package org.yingsu.common.http;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.common.problem.ProblemException;

/** The answers resources give: a body with its ETag, 201 with its Location, 404 for an absent record. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T body, ToLongFunction<T> version) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version.applyAsLong(body))).build();
    }

    public static <T> RestResponse<T> found(Optional<T> body, ToLongFunction<T> version, String what, Object key) {
        return ok(body.orElseThrow(() -> ProblemException.notFound(what, key)), version);
    }

    public static <T> RestResponse<T> created(String path, Object key, T body, ToLongFunction<T> version) {
        URI location = UriBuilder.fromPath(path).path("{key}").build(key);
        return RestResponse.ResponseBuilder.<T>created(location).entity(body)
                .tag(ETags.of(version.applyAsLong(body))).build();
    }
}
