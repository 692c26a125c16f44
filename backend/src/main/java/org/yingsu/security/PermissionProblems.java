package org.yingsu.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.problem.RouteProblems;

/**
 * The 403 of the HTTP permissions (a READER's token on {@code /q/metrics}), which Quarkus answers by failing the
 * route with the bare status: answered here with the problem a resource's 403 has. The 401 is the authentication
 * mechanism's challenge; every other failure goes on to Quarkus's handler.
 */
@ApplicationScoped
class PermissionProblems {

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        if (ctx.failure() == null && ctx.statusCode() == HttpResponseStatus.FORBIDDEN.code()
                && !ctx.response().ended() && !ctx.response().headWritten()) {
            RouteProblems.answer(ctx, mapper, ProblemException.roleForbidden().problem());
            return;
        }
        ctx.next();
    }
}
