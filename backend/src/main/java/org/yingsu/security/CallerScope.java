package org.yingsu.security;

import io.quarkus.arc.Arc;
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
        return Arc.container().requestContext().isActive() ? currentCaller.scope() : Scope.SYSTEM;
    }
}
