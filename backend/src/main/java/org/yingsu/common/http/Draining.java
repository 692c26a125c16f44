package org.yingsu.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.RouteProblems;

/**
 * Graceful shutdown (README "Stopping"). On SIGTERM readiness goes DOWN at once and the app keeps serving for
 * {@code quarkus.shutdown.delay}, while load balancers stop sending it requests; then it waits up to
 * {@code quarkus.shutdown.timeout} for the requests in flight. A request that still arrives in that second phase is
 * refused here with a 503 problem and Retry-After, before it starts work the shutdown could cut short.
 */
@ApplicationScoped
public class Draining {

    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    /** {@link System#nanoTime()} from which new requests are refused; meaningful once {@code stopping}. */
    private volatile long refuseFrom;
    private volatile boolean stopping;

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        refuseFrom = System.nanoTime() + delay.orElse(Duration.ZERO).toNanos();
        stopping = true;
    }

    void install(@Observes Router router) {
        router.route().order(-30).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (stopping && System.nanoTime() - refuseFrom >= 0 && !ctx.request().path().startsWith("/q/")) {
            ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
            RouteProblems.send(ctx, mapper, new Problem("urn:yingsu:problem:unavailable", "Service unavailable", 503,
                    "The server is shutting down; nothing was done. Retry in a few seconds.", null, null));
            return;
        }
        ctx.next();
    }
}
