package org.yingsu.litigation.delegations;

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
import org.yingsu.litigation.cases.CaseNumbers;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;

@ApplicationScoped
public class DelegationRepository implements PanacheRepository<Delegation> {

    @Inject
    CaseAccess access;

    /** Delegations are between an agency and the bureau: the court does not see them. */
    private static final boolean SHOWN_TO_COURT = false;

    /** R9: an agency sees its own agencies' delegations, not a co-defendant's. */
    public boolean visible(Delegation delegation) {
        return access.seesRecord(delegation.agency.id, delegation.hearing.litigationCase, SHOWN_TO_COURT);
    }

    private static final String FETCH = "from Delegation d join fetch d.agency ag join fetch d.delegate o"
            + " join fetch d.hearing h join fetch h.litigationCase c";

    public List<Delegation> atHearings(Collection<Long> hearingIds) {
        return hearingIds.isEmpty() ? List.of()
                : list(FETCH + " where h.id in ?1", Sort.by("d.filedOn").and("d.id"), hearingIds);
    }

    /** An agency's delegations for its held hearings scheduled in {@code [from, to)}, oldest hearing first. */
    public List<Delegation> ofAgency(long agencyId, OffsetDateTime from, OffsetDateTime to) {
        return list(FETCH + " where ag.id = ?1 and h.scheduledAt >= ?2 and h.scheduledAt < ?3 and h.status = ?4",
                Sort.by("h.scheduledAt").and("d.filedOn").and("d.id"), agencyId, from, to, HearingStatus.HELD);
    }

    public PanacheQuery<Delegation> search(DelegationStatus status, String agencyCode, Long hearingId, Long caseId,
            String caseNumber, Listing listing, Page page) {
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
        if (caseNumber != null && !caseNumber.isBlank()) {
            // Compared in normal form: "(2022)渝0112行初116号" finds "（2022）渝0112行初116号".
            query.append(" and " + CaseNumbers.NORMALISED_COLUMN.formatted("c.caseNumber") + " like :caseNumber");
            parameters.and("caseNumber", "%" + CaseNumbers.normalise(caseNumber).toLowerCase() + "%");
        }
        listing.restrict(query, parameters, "d");
        access.restrictRecords(query, parameters, "ag", "c", SHOWN_TO_COURT);
        // The review queue reads oldest first: what has waited longest comes first.
        return find(query.toString(), listing.order("d", Sort.by("d.filedOn").and("d.id")), parameters).page(page);
    }
}
