package org.yingsu.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The caller of this request and what they may see, worked out once per request. */
@RequestScoped
class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    AgencyScopes agencyScopes;

    private Scope scope;

    Scope scope() {
        if (scope == null) {
            scope = identity.isAnonymous() || !(identity.getPrincipal() instanceof Caller caller) ? Scope.NOBODY
                    : Scope.of(caller, agencyScopes.visibleTo(caller));
        }
        return scope;
    }
}
