package org.yingsu.litigation.cases;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDesignation;
import org.yingsu.litigation.cases.CaseDtos.CaseCreate;
import org.yingsu.litigation.cases.CaseDtos.CaseResponse;
import org.yingsu.litigation.cases.CaseDtos.CaseUpdate;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
public class CaseService {

    @Inject
    CaseRepository cases;

    @Inject
    AgencyRepository agencies;

    @Inject
    CaseAccess access;

    public PageResult<CaseResponse> list(CaseRepository.Filter filter, Listing listing, Paging paging) {
        var query = cases.search(filter, listing, Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(CaseResponse::of).toList(), paging.page, paging.size,
                query.count());
    }

    public Optional<CaseResponse> find(long id) {
        return cases.findByIdOptional(id).filter(access::sees).map(CaseResponse::of);
    }

    public CaseResponse create(CaseCreate body) {
        access.requireOwnCourt(body.court(), "court");
        LitigationCase c = new LitigationCase();
        c.court = body.court().trim();
        c.caseNumber = body.caseNumber().trim();
        apply(c, body.trialLevel(), body.filedOn(), body.causeOfAction(), body.plaintiffs(), body.defendants(),
                body.mandatoryCategories());
        designate(c, body.appearanceDesignation(), body.handlingAgencyCode());
        cases.persist(c);
        cases.flush();
        return CaseResponse.of(c);
    }

    public CaseResponse update(long id, CaseUpdate body, String ifMatch) {
        LitigationCase c = require(id);
        ETags.checkIfMatch(ifMatch, c.version);
        Set<Long> before = new LinkedHashSet<>(c.defendants.stream().map(a -> a.id).toList());
        apply(c, body.trialLevel(), body.filedOn(), body.causeOfAction(), body.plaintiffs(), body.defendants(),
                body.mandatoryCategories());
        designate(c, body.appearanceDesignation(), body.handlingAgencyCode());
        for (Long removed : before) {
            if (c.defendants.stream().noneMatch(a -> a.id.equals(removed)) && hasRecords(c.id, removed)) {
                throw ProblemException.ruleBroken("defendants", "agency "
                        + agencies.findById(removed).code + " has notices, appearances or delegations in this case"
                        + " and must stay a defendant");
            }
        }
        cases.flush();
        return CaseResponse.of(c);
    }

    /** Deleting a case removes its hearings and everything recorded at them: only for a case entered in error. */
    public void delete(long id) {
        cases.delete(require(id));
        cases.flush();
    }

    public LitigationCase require(long id) {
        return cases.findByIdOptional(id).filter(access::sees)
                .orElseThrow(() -> ProblemException.notFound("Case", id));
    }

    private void apply(LitigationCase c, TrialLevel trialLevel, java.time.LocalDate filedOn, String causeOfAction,
            List<String> plaintiffs, List<String> defendantCodes, List<MandatoryCategory> categories) {
        c.trialLevel = trialLevel;
        c.filedOn = filedOn;
        c.causeOfAction = causeOfAction == null || causeOfAction.isBlank() ? null : causeOfAction.trim();
        c.plaintiffs = plaintiffs == null ? new ArrayList<>() : new ArrayList<>(plaintiffs.stream().map(String::trim)
                .toList());
        c.mandatoryCategories = categories == null ? new ArrayList<>()
                : new ArrayList<>(categories.stream().distinct().map(Enum::name).sorted().toList());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Agency> defendants = new LinkedHashSet<>();
        for (int i = 0; i < defendantCodes.size(); i++) {
            String code = defendantCodes.get(i).trim();
            Optional<Agency> agency = agencies.findByCode(code);
            if (agency.isEmpty()) {
                errors.add(new Problem.FieldError("defendants[" + i + "]", "no agency has the code " + code));
            } else if (!defendants.add(agency.get())) {
                errors.add(new Problem.FieldError("defendants[" + i + "]", code + " is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("urn:yingsu:problem:rule-violated", "Rule violated", 422,
                    errors.get(0).field() + ": " + errors.get(0).message(), null, errors));
        }
        c.defendants.clear();
        c.defendants.addAll(defendants);
    }

    /** art. 3 and R4: the designated defendants are defendants of the case; the handling department exists. */
    private void designate(LitigationCase c, AppearanceDesignation designation, String handlingAgencyCode) {
        if (designation == null) {
            c.designationBasis = null;
            c.designatedAgencyIds = new ArrayList<>();
        } else {
            if (designation.basis() == null || designation.defendants() == null
                    || designation.defendants().isEmpty()) {
                throw ProblemException.invalid("appearanceDesignation", "names the defendants whose heads appear"
                        + " (art. 3) and its basis, AGREEMENT or COURT");
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < designation.defendants().size(); i++) {
                String code = designation.defendants().get(i) == null ? "" : designation.defendants().get(i).trim();
                Agency agency = c.defendants.stream().filter(a -> a.code.equals(code)).findFirst()
                        .orElseThrow(() -> ProblemException.ruleBroken("appearanceDesignation.defendants",
                                code + " is not a defendant of case " + c.caseNumber));
                if (!ids.contains(agency.id)) {
                    ids.add(agency.id);
                }
            }
            c.designationBasis = designation.basis();
            c.designatedAgencyIds = ids;
        }
        if (handlingAgencyCode == null || handlingAgencyCode.isBlank()) {
            c.handlingAgency = null;
        } else {
            c.handlingAgency = agencies.findByCode(handlingAgencyCode.trim()).orElseThrow(() ->
                    ProblemException.ruleBroken("handlingAgencyCode", "no agency has the code " + handlingAgencyCode));
        }
    }

    private boolean hasRecords(long caseId, long agencyId) {
        for (String entity : new String[] {"Notice", "Appearance", "Delegation"}) {
            long count = cases.getEntityManager().createQuery("select count(x) from " + entity
                    + " x where x.hearing.litigationCase.id = :caseId and x.agency.id = :agencyId", Long.class)
                    .setParameter("caseId", caseId).setParameter("agencyId", agencyId).getSingleResult();
            if (count > 0) {
                return true;
            }
        }
        return false;
    }
}
