package org.yingsu.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller of this request and what they may see, worked out once per request. */
@RequestScoped
class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    private Scope scope;

    Scope scope() {
        if (scope == null) {
            scope = identity.isAnonymous() || !(identity.getPrincipal() instanceof Caller caller) ? Scope.NOBODY
                    : Scope.of(caller, caller.role() == Role.AGENCY ? subtree(caller.agencyId()) : Set.of());
        }
        return scope;
    }

    /** The agency and every agency under it, at any depth; {@code union} stops at a cycle. */
    private Set<Long> subtree(Long agencyId) {
        if (agencyId == null) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("with recursive tree(id) as (select id from agency"
                + " where id = ?1 union select a.id from agency a join tree t on a.parent_id = t.id)"
                + " select id from tree").setParameter(1, agencyId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet());
    }
}
