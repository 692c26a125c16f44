package org.yingsu.agencies;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yingsu.common.http.Listing;

@ApplicationScoped
public class OfficialRepository implements PanacheRepository<Official> {

    @Inject
    AgencyAccess access;

    public Optional<Official> findByCode(String code) {
        return find("from Official o join fetch o.agency where o.code = ?1", code).firstResultOptional();
    }

    public PanacheQuery<Official> search(String agencyCode, OfficialRole role, String text, Listing listing,
            Page page) {
        StringBuilder query = new StringBuilder("from Official o join fetch o.agency a where 1 = 1");
        Parameters parameters = new Parameters();
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        if (role != null) {
            query.append(" and o.role = :role");
            parameters.and("role", role);
        }
        if (text != null && !text.isBlank()) {
            query.append(" and (lower(o.name) like :text or lower(o.code) like :text or lower(o.title) like :text)");
            parameters.and("text", "%" + text.trim().toLowerCase() + "%");
        }
        listing.restrict(query, parameters, "o");
        access.restrict(query, parameters, "a");
        return find(query.toString(), listing.order("o", Sort.by("o.code")), parameters).page(page);
    }
}
