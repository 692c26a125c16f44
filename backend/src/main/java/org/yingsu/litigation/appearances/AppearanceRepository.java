package org.yingsu.litigation.appearances;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.yingsu.common.http.Listing;
import org.yingsu.litigation.cases.CaseAccess;
import org.yingsu.litigation.vocabulary.HearingStatus;

@ApplicationScoped
public class AppearanceRepository implements PanacheRepository<Appearance> {

    @Inject
    CaseAccess access;

    /** The court sees the appearances of its own cases; an agency its own agencies' appearances only. */
    private static final boolean SHOWN_TO_COURT = true;

    private static final String FETCH = "from Appearance a join fetch a.agency ag join fetch a.official o"
            + " join fetch a.hearing h join fetch h.litigationCase c";

    /** R9: an agency sees its own agencies' appearances, not a co-defendant's. */
    public boolean visible(Appearance appearance) {
        return access.seesRecord(appearance.agency.id, appearance.hearing.litigationCase, SHOWN_TO_COURT);
    }

    public List<Appearance> atHearings(Collection<Long> hearingIds) {
        return hearingIds.isEmpty() ? List.of()
                : list(FETCH + " where h.id in ?1", Sort.by("h.scheduledAt").and("a.id"), hearingIds);
    }

    /** An official's appearances at held hearings scheduled in {@code [from, to)}, oldest first. */
    public List<Appearance> ofOfficial(long officialId, OffsetDateTime from, OffsetDateTime to) {
        return list(FETCH + " where o.id = ?1 and h.scheduledAt >= ?2 and h.scheduledAt < ?3 and h.status = ?4",
                Sort.by("h.scheduledAt").and("a.id"), officialId, from, to, HearingStatus.HELD);
    }

    public PanacheQuery<Appearance> search(Long hearingId, Long caseId, String agencyCode, Listing listing,
            Page page) {
        StringBuilder query = new StringBuilder(FETCH + " where 1 = 1");
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
            query.append(" and ag.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        listing.restrict(query, parameters, "a");
        access.restrictRecords(query, parameters, "ag", "c", SHOWN_TO_COURT);
        return find(query.toString(),
                listing.order("a", Sort.descending("h.scheduledAt").and("a.id")), parameters).page(page);
    }
}
