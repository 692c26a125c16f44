package org.yingsu.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scope of whoever is calling, for object-level authorization (R9, OWASP API1). Features ask it what the caller
 * may see and treat an invisible record exactly like an absent one (404, or the 422 a wrong reference gets), so that
 * guessing ids reveals nothing. Outside a request (start-up, demo data) the system acts and sees everything.
 */
@ApplicationScoped
public class CallerScope {

    @Inject
    CurrentCaller currentCaller;

    public Scope current() {
        return servingARequest() ? currentCaller.scope() : Scope.SYSTEM;
    }

    /**
     * Whether an HTTP request is being served. A request context alone does not say so: start-up runs in one, and
     * a transaction opens one where none is active, so the demo's and the jobs' work would be an anonymous caller's.
     */
    private static boolean servingARequest() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            return request.isAvailable() && request.get().getCurrent() != null;
        }
    }
}
