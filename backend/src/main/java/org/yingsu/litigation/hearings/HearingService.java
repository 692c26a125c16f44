package org.yingsu.litigation.hearings;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.cases.CaseAccess;
import org.yingsu.litigation.cases.CaseRepository;
import org.yingsu.litigation.hearings.HearingDtos.HearingCreate;
import org.yingsu.litigation.hearings.HearingDtos.HearingResponse;
import org.yingsu.litigation.hearings.HearingDtos.HearingUpdate;
import org.yingsu.litigation.vocabulary.HearingStatus;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
public class HearingService {

    @Inject
    HearingRepository hearings;

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    public PageResult<HearingResponse> list(HearingRepository.Filter filter, Listing listing, Paging paging) {
        var query = hearings.search(filter, listing, Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(HearingResponse::of).toList(), paging.page, paging.size,
                query.count());
    }

    public Optional<HearingResponse> find(long id) {
        return hearings.findByIdOptional(id).filter(hearings::visible).map(HearingResponse::of);
    }

    public HearingResponse create(HearingCreate body) {
        Hearing hearing = new Hearing();
        hearing.litigationCase = cases.findByIdOptional(body.caseId()).filter(access::sees)
                .orElseThrow(() -> ProblemException.ruleBroken("caseId", "no case has the id " + body.caseId()));
        hearing.scheduledAt = body.scheduledAt();
        hearing.status = body.status();
        hearings.persist(hearing);
        hearings.flush();
        return HearingResponse.of(hearing);
    }

    public HearingResponse update(long id, HearingUpdate body, String ifMatch) {
        Hearing hearing = require(id);
        ETags.checkIfMatch(ifMatch, hearing.version);
        // R5: appearances exist only at held hearings, so a hearing with appearances stays held.
        if (body.status() != HearingStatus.HELD && countAt("Appearance", id) > 0) {
            throw ProblemException.ruleBroken("status",
                    "appearances are recorded at this hearing, so it must stay HELD; remove them first");
        }
        hearing.scheduledAt = body.scheduledAt();
        hearing.status = body.status();
        hearings.flush();
        return HearingResponse.of(hearing);
    }

    /** Only a hearing entered in error, with nothing recorded at it, may be deleted. */
    public void delete(long id) {
        Hearing hearing = require(id);
        for (String recorded : new String[] {"Notice", "Appearance", "Delegation"}) {
            if (countAt(recorded, id) > 0) {
                throw ProblemException.conflict("Notices, appearances or delegations are recorded at hearing " + id
                        + "; a hearing that did not take place is marked CANCELLED or POSTPONED instead");
            }
        }
        hearings.delete(hearing);
        hearings.flush();
    }

    public Hearing require(long id) {
        return hearings.findByIdOptional(id).filter(hearings::visible)
                .orElseThrow(() -> ProblemException.notFound("Hearing", id));
    }

    private long countAt(String entity, long hearingId) {
        return hearings.getEntityManager()
                .createQuery("select count(x) from " + entity + " x where x.hearing.id = :id", Long.class)
                .setParameter("id", hearingId).getSingleResult();
    }
}
