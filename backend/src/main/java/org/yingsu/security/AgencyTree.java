package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The agencies a caller sees: for AGENCY, its agency and every agency under it, at any depth. */
@ApplicationScoped
public class AgencyTree {

    @Inject
    EntityManager entityManager;

    public Set<Long> visibleTo(Caller caller) {
        if (caller.role() != Role.AGENCY || caller.agencyId() == null) {
            return Set.of();
        }
        // union (not union all) stops at a cycle in the hierarchy.
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("with recursive tree(id) as (select id from agency"
                + " where id = ?1 union select a.id from agency a join tree t on a.parent_id = t.id)"
                + " select id from tree").setParameter(1, caller.agencyId()).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet());
    }
}
