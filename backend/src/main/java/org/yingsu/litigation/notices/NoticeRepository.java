package org.yingsu.litigation.notices;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.yingsu.common.http.Listing;
import org.yingsu.litigation.cases.CaseAccess;

@ApplicationScoped
public class NoticeRepository implements PanacheRepository<Notice> {

    @Inject
    CaseAccess access;

    /** The court sees the notices of its own cases; an agency its own agencies' notices only. */
    private static final boolean SHOWN_TO_COURT = true;

    /** R9: an agency sees its own agencies' notices, not a co-defendant's. */
    public boolean visible(Notice notice) {
        return access.seesRecord(notice.agency.id, notice.hearing.litigationCase, SHOWN_TO_COURT);
    }

    public List<Notice> atHearings(Collection<Long> hearingIds) {
        return hearingIds.isEmpty() ? List.of()
                : list("from Notice n join fetch n.agency join fetch n.hearing h join fetch h.litigationCase"
                        + " where h.id in ?1", Sort.by("n.servedOn").and("n.id"), hearingIds);
    }

    public PanacheQuery<Notice> search(Long hearingId, Long caseId, String agencyCode, Listing listing,
            Page page) {
        StringBuilder query = new StringBuilder("from Notice n join fetch n.agency a join fetch n.hearing h"
                + " join fetch h.litigationCase c where 1 = 1");
        Parameters parameters = new Parameters();
        if (hearingId != null) {
            query.append(" and h.id = :hearingId");
            parameters.and("hearingId", hearingId);
        }
        if (caseId != null) {
            query.append(" and c.id = :caseId");
            parameters.and("caseId", caseId);
        }
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        listing.restrict(query, parameters, "n");
        access.restrictRecords(query, parameters, "a", "c", SHOWN_TO_COURT);
        return find(query.toString(),
                listing.order("n", Sort.descending("n.servedOn").and("n.id", Sort.Direction.Descending)),
                parameters).page(page);
    }
}
