package org.yingsu.litigation.delegations;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.security.AccessScope;

@ApplicationScoped
public class DelegationRepository implements PanacheRepository<Delegation> {

    @Inject
    AccessScope access;

    private static final String FETCH = "from Delegation d join fetch d.agency ag join fetch d.delegate o"
            + " join fetch d.hearing h join fetch h.litigationCase c";

    public List<Delegation> atHearings(Collection<Long> hearingIds) {
        return hearingIds.isEmpty() ? List.of()
                : list(FETCH + " where h.id in ?1", Sort.by("d.filedOn").and("d.id"), hearingIds);
    }

    public PanacheQuery<Delegation> search(DelegationStatus status, String agencyCode, Long hearingId, Long caseId,
            Page page) {
        StringBuilder query = new StringBuilder(FETCH + " where 1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and d.status = :status");
            parameters.and("status", status);
        }
        if (agencyCode != null) {
            query.append(" and ag.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        if (hearingId != null) {
            query.append(" and h.id = :hearingId");
            parameters.and("hearingId", hearingId);
        }
        if (caseId != null) {
            query.append(" and c.id = :caseId");
            parameters.and("caseId", caseId);
        }
        access.restrictDelegations(query, parameters, "ag");
        // The review queue reads oldest first: what has waited longest comes first.
        return find(query.toString(), Sort.by("d.filedOn").and("d.id"), parameters).page(page);
    }
}
