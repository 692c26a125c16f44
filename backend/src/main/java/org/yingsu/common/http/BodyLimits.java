package org.yingsu.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.RouteProblems;

/**
 * Refuses a body above its path's limit before it is read, with a 413 problem, so that nothing is parsed or stored.
 * Runs ahead of Quarkus's own global check (route order -2), which would answer without a problem body.
 */
@ApplicationScoped
class BodyLimits {

    /** Where Quarkus REST reads the limit for a body sent without Content-Length (chunked). */
    private static final String QUARKUS_STREAM_LIMIT = "io.quarkus.max-request-size";

    @Inject
    BodyLimitsConfig config;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::checkDeclaredLength);
        // After Quarkus has set its global limit on chunked bodies, narrow it to the path's own.
        router.route().order(-1).handler(this::limitStream);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long limit = config.limitFor(ctx.normalizedPath());
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > limit) {
                refuse(ctx, length, limit);
                return;
            }
        }
        ctx.next();
    }

    private void limitStream(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            ctx.put(QUARKUS_STREAM_LIMIT, config.limitFor(ctx.normalizedPath()));
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, long length, long limit) {
        Problem problem = new Problem("urn:yingsu:problem:payload-too-large", "Payload too large", 413,
                "The body has " + length + " bytes; this path accepts at most " + limit + " bytes ("
                        + human(limit) + "). Nothing was stored.", null,
                java.util.List.of(new Problem.FieldError("body", "must be at most " + human(limit))));
        RouteProblems.send(ctx, mapper, problem);
    }

    static String human(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
