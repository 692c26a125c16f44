package org.yingsu.litigation.appearances;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceCreate;
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceResponse;
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceUpdate;
import org.yingsu.litigation.cases.CaseAccess;
import org.yingsu.litigation.cases.CorrespondingStaff;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.rules.AppearanceRules;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.security.Role;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
public class AppearanceService {

    @Inject
    AppearanceRepository appearances;

    @Inject
    HearingRepository hearings;

    @Inject
    OfficialRepository officials;

    @Inject
    CaseAccess access;

    @Inject
    AgencyAccess agencyAccess;

    @Inject
    AgencyRepository agencies;

    @Inject
    CorrespondingStaff correspondingStaff;

    public PageResult<AppearanceResponse> list(Long hearingId, Long caseId, String agencyCode, Listing listing,
            Paging paging) {
        var query = appearances.search(hearingId, caseId, agencyCode, listing, Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(AppearanceResponse::of).toList(), paging.page,
                paging.size, query.count());
    }

    public Optional<AppearanceResponse> find(long id) {
        return appearances.findByIdOptional(id).filter(appearances::visible).map(AppearanceResponse::of);
    }

    /**
     * R5: an appearance at a hearing that was not held, or by an official of an agency that is not a defendant,
     * is impossible and refused; one by someone who is not a head on that date is recorded and simply does not
     * count (R1).
     */
    public AppearanceResponse create(AppearanceCreate body) {
        Hearing hearing = hearings.named(body.hearingId());
        AppearanceRules.hearingProblem(hearing.status == HearingStatus.HELD).ifPresent(v -> {
            throw ProblemException.ruleBroken("hearingId", v.message() + "; this hearing is " + hearing.status);
        });
        Official official = officials.findByCode(body.officialCode())
                .orElseThrow(() -> ProblemException.ruleBroken("officialCode", "no official has the code "
                        + body.officialCode()));
        // R4/R5: recorded for the defendant named (the official's own agency when left out); an official of another
        // body stands for it as corresponding staff, never as its head.
        Agency stoodFor = body.agencyCode() == null ? official.agency : agencies.findByCode(body.agencyCode())
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code "
                        + body.agencyCode()));
        if (!agencyAccess.sees(stoodFor) || !hearing.litigationCase.isDefendant(stoodFor)) {
            throw ProblemException.ruleBroken(body.agencyCode() == null ? "officialCode" : "agencyCode",
                    stoodFor.code + " (" + stoodFor.name + ") is not a defendant of case "
                            + hearing.litigationCase.caseNumber);
        }
        AppearanceRules.officialProblem(correspondingStaff.of(official, stoodFor, hearing.litigationCase))
                .ifPresent(v -> {
                    throw ProblemException.ruleBroken("officialCode", v.message() + ": " + official.name + " of "
                            + official.agency.name + " cannot stand for " + stoodFor.name);
                });
        Appearance appearance = new Appearance();
        appearance.hearing = hearing;
        appearance.official = official;
        appearance.agency = stoodFor;
        appearance.source = sourceOfCaller();
        appearance.spoke = body.spoke();
        appearance.leftEarly = Boolean.TRUE.equals(body.leftEarly());
        appearance.identityStatus = body.identityStatus() == null ? IdentityStatus.VERIFIED : body.identityStatus();
        appearances.persist(appearance);
        appearances.flush();
        return AppearanceResponse.of(appearance);
    }

    public AppearanceResponse update(long id, AppearanceUpdate body, String ifMatch) {
        Appearance appearance = require(id);
        requireChangeable(appearance);
        ETags.checkIfMatch(ifMatch, appearance.version);
        appearance.spoke = body.spoke();
        appearance.leftEarly = body.leftEarly();
        appearance.identityStatus = body.identityStatus();
        appearances.flush();
        return AppearanceResponse.of(appearance);
    }

    public void delete(long id) {
        Appearance appearance = require(id);
        requireChangeable(appearance);
        appearances.delete(appearance);
        appearances.flush();
    }

    private Appearance require(long id) {
        return appearances.findByIdOptional(id).filter(appearances::visible)
                .orElseThrow(() -> ProblemException.notFound("Appearance", id));
    }

    /** R10: the court's own records are COURT, everyone else's AGENCY. */
    private AppearanceSource sourceOfCaller() {
        return access.scope().role() == Role.COURT ? AppearanceSource.COURT : AppearanceSource.AGENCY;
    }

    /** R10: each side corrects its own account of who appeared, never the other's; the bureau may correct both. */
    private void requireChangeable(Appearance appearance) {
        if (appearance.source != sourceOfCaller() && !access.scope().all()) {
            throw ProblemException.forbidden("This appearance was reported by the " + appearance.source
                    + " side; only that side or the bureau may change it");
        }
    }
}
