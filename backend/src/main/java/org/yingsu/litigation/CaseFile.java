package org.yingsu.litigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceResponse;
import org.yingsu.litigation.appearances.AppearanceRepository;
import org.yingsu.litigation.cases.CaseDtos.CaseResponse;
import org.yingsu.litigation.cases.CaseService;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationResponse;
import org.yingsu.litigation.delegations.DelegationPapers;
import org.yingsu.litigation.delegations.DelegationRepository;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingDtos.HearingResponse;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.notices.NoticeDtos.NoticeResponse;
import org.yingsu.litigation.notices.NoticeRepository;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeResponse;
import org.yingsu.litigation.outcomes.OutcomeRepository;

/** The whole file of a case in one read: its hearings and what was recorded at each, and its outcome. */
@ApplicationScoped
@Transactional
public class CaseFile {

    @Inject
    CaseService cases;

    @Inject
    OutcomeRepository outcomes;

    @Inject
    HearingRepository hearings;

    @Inject
    NoticeRepository notices;

    @Inject
    AppearanceRepository appearances;

    @Inject
    DelegationRepository delegations;

    @Inject
    DelegationPapers papers;

    @Schema(name = "CaseHearing", description = "A hearing with what was recorded at it")
    public record HearingFile(HearingResponse hearing, List<NoticeResponse> notices,
            List<AppearanceResponse> appearances, List<DelegationResponse> delegations) {
    }

    @Schema(name = "CaseDetail")
    public record CaseDetail(CaseResponse litigationCase, List<HearingFile> hearings, OutcomeResponse outcome) {
    }

    /** Five queries whatever the number of hearings (the fifth: which delegations have their papers). */
    public CaseDetail of(long caseId) {
        LitigationCase c = cases.require(caseId);
        List<Hearing> sessions = hearings.ofCase(caseId);
        List<Long> ids = sessions.stream().map(h -> h.id).toList();
        // R9: a co-defendant's notices, appearances and delegations are not the caller's to see.
        Map<Long, List<NoticeResponse>> noticesByHearing = notices.atHearings(ids).stream().filter(notices::visible)
                .map(NoticeResponse::of).collect(Collectors.groupingBy(NoticeResponse::hearingId));
        Map<Long, List<AppearanceResponse>> appearancesByHearing = appearances.atHearings(ids).stream()
                .filter(appearances::visible).map(AppearanceResponse::of).collect(Collectors.groupingBy(AppearanceResponse::hearingId));
        Map<Long, List<DelegationResponse>> delegationsByHearing = papers.respond(delegations.atHearings(ids).stream()
                .filter(delegations::visible).toList()).stream()
                .collect(Collectors.groupingBy(DelegationResponse::hearingId));
        Function<Hearing, HearingFile> file = h -> new HearingFile(HearingResponse.of(h),
                noticesByHearing.getOrDefault(h.id, List.of()), appearancesByHearing.getOrDefault(h.id, List.of()),
                delegationsByHearing.getOrDefault(h.id, List.of()));
        return new CaseDetail(CaseResponse.of(c), sessions.stream().map(file).toList(),
                outcomes.findByIdOptional(caseId).map(OutcomeResponse::of).orElse(null));
    }
}
