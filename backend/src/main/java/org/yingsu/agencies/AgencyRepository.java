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
public class AgencyRepository implements PanacheRepository<Agency> {

    @Inject
    AgencyAccess access;

    public Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Agency> search(AgencyKind kind, String parentCode, String text, Listing listing, Page page) {
        StringBuilder query = new StringBuilder("from Agency a where 1 = 1");
        Parameters parameters = new Parameters();
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (parentCode != null) {
            query.append(" and parent.code = :parentCode");
            parameters.and("parentCode", parentCode);
        }
        if (text != null && !text.isBlank()) {
            query.append(" and (lower(name) like :text or lower(code) like :text)");
            parameters.and("text", "%" + text.trim().toLowerCase() + "%");
        }
        listing.restrict(query, parameters, "a");
        access.restrict(query, parameters, "a");
        return find(query.toString(), listing.order("a", Sort.by("a.code")), parameters).page(page);
    }
}
