package org.yingsu.agencies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yingsu.security.AgencyDirectory;

/** The agency hierarchy as authentication asks for it: who is under whom, and agencies' codes. */
@ApplicationScoped
class AgencyTree implements AgencyDirectory {

    @Inject
    EntityManager entityManager;

    @Inject
    AgencyRepository agencies;

    @Override
    public Set<Long> withDescendants(long agencyId) {
        // union (not union all) stops at a cycle in the hierarchy.
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("with recursive tree(id) as (select id from agency"
                + " where id = ?1 union select a.id from agency a join tree t on a.parent_id = t.id)"
                + " select id from tree").setParameter(1, agencyId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<Long> idOf(String code) {
        return agencies.findByCode(code).map(agency -> agency.id);
    }

    @Override
    public Map<Long, String> codesOf(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            agencies.list("id in ?1", ids).forEach(agency -> codes.put(agency.id, agency.code));
        }
        return codes;
    }
}
