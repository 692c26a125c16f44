package org.yingsu.warnings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class HeadConfirmationRepository implements PanacheRepository<HeadConfirmation> {

    private static final String FETCH = "from HeadConfirmation x join fetch x.agency a join fetch x.official o"
            + " join fetch x.hearing h join fetch h.litigationCase";

    public Optional<HeadConfirmation> find(long hearingId, long agencyId) {
        return find(FETCH + " where h.id = ?1 and a.id = ?2", hearingId, agencyId).firstResultOptional();
    }

    public List<HeadConfirmation> search(Long hearingId, String agencyCode) {
        StringBuilder query = new StringBuilder(FETCH + " where 1 = 1");
        Parameters parameters = new Parameters();
        if (hearingId != null) {
            query.append(" and h.id = :hearingId");
            parameters.and("hearingId", hearingId);
        }
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        return list(query.append(" order by h.scheduledAt, x.id").toString(), parameters);
    }
}
