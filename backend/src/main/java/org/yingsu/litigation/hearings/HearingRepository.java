package org.yingsu.litigation.hearings;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingsu.common.http.Listing;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.cases.CaseAccess;
import org.yingsu.litigation.vocabulary.HearingStatus;

@ApplicationScoped
public class HearingRepository implements PanacheRepository<Hearing> {

    @Inject
    CaseAccess access;

    /** R9: a hearing is seen with its case. */
    public boolean visible(Hearing hearing) {
        return access.sees(hearing.litigationCase);
    }

    /** The hearing a request names in {@code hearingId}; one the caller does not see is as unknown (422). */
    public Hearing named(Long hearingId) {
        return findByIdOptional(hearingId).filter(this::visible)
                .orElseThrow(() -> ProblemException.ruleBroken("hearingId", "no hearing has the id " + hearingId));
    }

    public List<Hearing> ofCase(long caseId) {
        return list("litigationCase.id", Sort.by("scheduledAt"), caseId);
    }

    /** The hearings of the cases an agency defends, scheduled in {@code [from, to)}, in time order. */
    public List<Hearing> ofDefendant(long agencyId, OffsetDateTime from, OffsetDateTime to) {
        return list("from Hearing h join fetch h.litigationCase c where exists (select 1 from c.defendants d"
                + " where d.id = ?1) and h.scheduledAt >= ?2 and h.scheduledAt < ?3", Sort.by("h.scheduledAt"),
                agencyId, from, to);
    }

    public record Filter(Long caseId, String agencyCode, HearingStatus status, OffsetDateTime from,
            OffsetDateTime to) {
    }

    public PanacheQuery<Hearing> search(Filter filter, Listing listing, Page page) {
        StringBuilder query = new StringBuilder("from Hearing h join fetch h.litigationCase c where 1 = 1");
        Parameters parameters = new Parameters();
        if (filter.caseId() != null) {
            query.append(" and c.id = :caseId");
            parameters.and("caseId", filter.caseId());
        }
        if (filter.agencyCode() != null) {
            query.append(" and exists (select 1 from c.defendants d where d.code = :agencyCode)");
            parameters.and("agencyCode", filter.agencyCode());
        }
        if (filter.status() != null) {
            query.append(" and h.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            query.append(" and h.scheduledAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and h.scheduledAt < :to");
            parameters.and("to", filter.to());
        }
        listing.restrict(query, parameters, "h");
        access.restrictCases(query, parameters, "c");
        return find(query.toString(), listing.order("h", Sort.by("h.scheduledAt").and("h.id")), parameters)
                .page(page);
    }
}
