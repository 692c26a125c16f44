package org.yingsu.litigation.notices;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.cases.CaseRules;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.notices.NoticeDtos.NoticeCreate;
import org.yingsu.litigation.notices.NoticeDtos.NoticeResponse;
import org.yingsu.litigation.notices.NoticeDtos.NoticeUpdate;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
public class NoticeService {

    @Inject
    NoticeRepository notices;

    @Inject
    HearingRepository hearings;

    @Inject
    AgencyAccess agencyAccess;

    public PageResult<NoticeResponse> list(Long hearingId, Long caseId, String agencyCode, Listing listing,
            Paging paging) {
        var query = notices.search(hearingId, caseId, agencyCode, listing, Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(NoticeResponse::of).toList(), paging.page, paging.size,
                query.count());
    }

    public Optional<NoticeResponse> find(long id) {
        return notices.findByIdOptional(id).filter(notices::visible).map(NoticeResponse::of);
    }

    /** R3: a late notice is accepted and flagged, never refused. */
    public NoticeResponse create(NoticeCreate body) {
        Hearing hearing = hearings.named(body.hearingId());
        Agency agency = agencyAccess.named(body.agencyCode());
        CaseRules.requireDefendant(hearing.litigationCase, agency, "agencyCode");
        Notice notice = new Notice();
        notice.hearing = hearing;
        notice.agency = agency;
        notice.court = body.court() == null || body.court().isBlank() ? hearing.litigationCase.court
                : body.court().trim();
        notice.number = body.number().trim();
        notice.servedOn = body.servedOn();
        notices.persist(notice);
        notices.flush();
        return NoticeResponse.of(notice);
    }

    public NoticeResponse update(long id, NoticeUpdate body, String ifMatch) {
        Notice notice = require(id);
        ETags.checkIfMatch(ifMatch, notice.version);
        notice.servedOn = body.servedOn();
        notices.flush();
        return NoticeResponse.of(notice);
    }

    public void delete(long id) {
        notices.delete(require(id));
        notices.flush();
    }

    private Notice require(long id) {
        return notices.findByIdOptional(id).filter(notices::visible)
                .orElseThrow(() -> ProblemException.notFound("Notice", id));
    }
}
