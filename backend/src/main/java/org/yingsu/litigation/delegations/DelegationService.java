package org.yingsu.litigation.delegations;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.cases.CaseRules;
import org.yingsu.litigation.cases.CorrespondingStaff;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationCreate;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationResponse;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationReview;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationUpdate;
import org.yingsu.litigation.delegations.DelegationDtos.ReviewDecision;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.rules.DelegationRules;
import org.yingsu.litigation.vocabulary.DelegationStatus;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
public class DelegationService {

    @Inject
    DelegationRepository delegations;

    @Inject
    HearingRepository hearings;

    @Inject
    OfficialRepository officials;

    @Inject
    Clock clock;

    @Inject
    AgencyAccess agencyAccess;

    @Inject
    CorrespondingStaff correspondingStaff;

    @Inject
    DelegationPapers papers;

    public PageResult<DelegationResponse> list(DelegationStatus status, String agencyCode, Long hearingId,
            Long caseId, String caseNumber, Listing listing, Paging paging) {
        var query = delegations.search(status, agencyCode, hearingId, caseId, caseNumber, listing,
                Page.of(paging.page, paging.size));
        return new PageResult<>(papers.respond(query.list()), paging.page,
                paging.size, query.count());
    }

    public Optional<DelegationResponse> find(long id) {
        return delegations.findByIdOptional(id).filter(delegations::visible).map(papers::respond);
    }

    /** R4 and R5: filed today; a late one is accepted and marked late, an impossible delegate is refused. */
    public DelegationResponse create(DelegationCreate body) {
        Hearing hearing = hearings.named(body.hearingId());
        Agency agency = agencyAccess.named(body.agencyCode());
        CaseRules.requireDefendant(hearing.litigationCase, agency, "agencyCode");
        checkReason(body.reason());
        Delegation delegation = new Delegation();
        delegation.hearing = hearing;
        delegation.agency = agency;
        delegation.reasonCategory = body.reasonCategory();
        delegation.reason = body.reason().trim();
        delegation.delegate = delegateFor(agency, hearing, body.delegateOfficialCode());
        delegation.filedOn = Shanghai.today(clock);
        delegations.persist(delegation);
        delegations.flush();
        return papers.respond(delegation);
    }

    public DelegationResponse update(long id, DelegationUpdate body, String ifMatch) {
        Delegation delegation = require(id);
        ETags.checkIfMatch(ifMatch, delegation.version);
        requireAwaitingReview(delegation, "changed");
        checkReason(body.reason());
        delegation.reasonCategory = body.reasonCategory();
        delegation.reason = body.reason().trim();
        delegation.delegate = delegateFor(delegation.agency, delegation.hearing, body.delegateOfficialCode());
        delegations.flush();
        return papers.respond(delegation);
    }

    public DelegationResponse review(long id, DelegationReview body, String ifMatch) {
        Delegation delegation = require(id);
        ETags.checkIfMatch(ifMatch, delegation.version);
        requireAwaitingReview(delegation, "reviewed again");
        if (body.decision() == ReviewDecision.REJECTED && (body.comment() == null || body.comment().isBlank())) {
            throw ProblemException.invalid("comment", "must say why the delegation is rejected");
        }
        if (body.decision() == ReviewDecision.APPROVED) {
            DelegationRules.approvalProblem(papers.attached(delegation.id)).ifPresent(v -> {
                throw ProblemException.ruleBroken("decision", "delegation " + delegation.id + " " + v.message());
            });
        }
        delegation.status = body.decision() == ReviewDecision.APPROVED ? DelegationStatus.APPROVED
                : DelegationStatus.REJECTED;
        delegation.reviewComment = body.comment() == null || body.comment().isBlank() ? null : body.comment().trim();
        delegation.reviewedAt = OffsetDateTime.now(clock);
        delegations.flush();
        return papers.respond(delegation);
    }

    /** An agency may withdraw a delegation until the bureau has reviewed it. */
    public void delete(long id) {
        Delegation delegation = require(id);
        requireAwaitingReview(delegation, "withdrawn");
        delegations.delete(delegation);
        delegations.flush();
    }

    private Delegation require(long id) {
        return delegations.findByIdOptional(id).filter(delegations::visible)
                .orElseThrow(() -> ProblemException.notFound("Delegation", id));
    }

    private static void requireAwaitingReview(Delegation delegation, String action) {
        if (delegation.status != DelegationStatus.SUBMITTED) {
            throw ProblemException.conflict("Delegation " + delegation.id + " was already " + delegation.status
                    + " and cannot be " + action);
        }
    }

    /** R4: a specific written reason; whitespace padding does not make one. */
    private static void checkReason(String reason) {
        DelegationRules.reasonProblem(reason).ifPresent(v -> {
            throw ProblemException.invalid("reason", v.message());
        });
    }

    /** R4 (SPC art. 10): the delegate is corresponding staff of the agency, in post on the hearing's date. */
    private Official delegateFor(Agency agency, Hearing hearing, String officialCode) {
        Official delegate = officials.findByCode(officialCode)
                .orElseThrow(() -> ProblemException.ruleBroken("delegateOfficialCode", "no official has the code "
                        + officialCode));
        DelegationRules.delegateProblem(CaseRules.post(delegate),
                correspondingStaff.of(delegate, agency, hearing.litigationCase), hearing.date()).ifPresent(v -> {
                    throw ProblemException.ruleBroken("delegateOfficialCode", v.message() + "; " + delegate.name
                            + " is " + delegate.role + " of " + delegate.agency.name);
                });
        return delegate;
    }
}
