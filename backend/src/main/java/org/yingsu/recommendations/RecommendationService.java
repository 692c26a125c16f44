package org.yingsu.recommendations;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.cases.CaseAccess;
import org.yingsu.litigation.cases.CaseRepository;
import org.yingsu.recommendations.RecommendationDtos.RecommendationAnswer;
import org.yingsu.recommendations.RecommendationDtos.RecommendationClose;
import org.yingsu.recommendations.RecommendationDtos.RecommendationCreate;
import org.yingsu.recommendations.RecommendationDtos.RecommendationResponse;

@ApplicationScoped
@Transactional
public class RecommendationService {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    AgencyRepository agencies;

    @Inject
    CaseRepository cases;

    @Inject
    Clock clock;

    @Inject
    AgencyAccess access;

    @Inject
    CaseAccess caseAccess;

    public PageResult<RecommendationResponse> list(String agencyCode, RecommendationStatus status, Boolean overdue,
            Listing listing, Paging paging) {
        LocalDate today = Shanghai.today(clock);
        StringBuilder query = new StringBuilder("from JudicialRecommendation r join fetch r.agency a"
                + " left join fetch r.litigationCase where 1 = 1");
        Parameters parameters = new Parameters();
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        if (status != null) {
            query.append(" and r.status = :status");
            parameters.and("status", status);
        }
        access.restrict(query, parameters, "a");
        if (overdue != null) {
            query.append(overdue ? " and r.status = :received and r.dueOn < :today"
                    : " and not (r.status = :received and r.dueOn is not null and r.dueOn < :today)");
            parameters.and("received", RecommendationStatus.RECEIVED).and("today", today);
        }
        listing.restrict(query, parameters, "r");
        var page = recommendations.find(query.toString(),
                listing.order("r", Sort.descending("r.receivedOn").and("r.id")), parameters)
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(page.list().stream().map(r -> RecommendationResponse.of(r, today)).toList(),
                paging.page, paging.size, page.count());
    }

    public Optional<RecommendationResponse> find(long id) {
        return recommendations.findByIdOptional(id).filter(r -> access.sees(r.agency))
                .map(r -> RecommendationResponse.of(r, Shanghai.today(clock)));
    }

    public RecommendationResponse create(RecommendationCreate body) {
        JudicialRecommendation r = new JudicialRecommendation();
        r.court = body.court().trim();
        r.number = body.number().trim();
        r.agency = agencies.findByCode(body.agencyCode())
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code "
                        + body.agencyCode()));
        if (body.caseId() != null) {
            r.litigationCase = cases.findByIdOptional(body.caseId()).filter(caseAccess::sees)
                    .orElseThrow(() -> ProblemException.ruleBroken("caseId", "no case has the id " + body.caseId()));
        }
        if (body.dueOn() != null && body.dueOn().isBefore(body.receivedOn())) {
            throw ProblemException.invalid("dueOn", "must not be before receivedOn");
        }
        r.receivedOn = body.receivedOn();
        r.content = body.content().trim();
        r.dueOn = body.dueOn();
        recommendations.persist(r);
        recommendations.flush();
        return RecommendationResponse.of(r, Shanghai.today(clock));
    }

    /** The agency's answer; it can be given once, and the bureau then closes the matter. */
    public RecommendationResponse answer(long id, RecommendationAnswer body, String ifMatch) {
        JudicialRecommendation r = require(id);
        ETags.checkIfMatch(ifMatch, r.version);
        if (r.status != RecommendationStatus.RECEIVED) {
            throw ProblemException.conflict("Recommendation " + r.number + " was already " + r.status);
        }
        r.response = body.response().trim();
        r.respondedOn = Shanghai.today(clock);
        r.status = RecommendationStatus.ANSWERED;
        recommendations.flush();
        return RecommendationResponse.of(r, r.respondedOn);
    }

    public RecommendationResponse close(long id, RecommendationClose body, String ifMatch) {
        JudicialRecommendation r = require(id);
        ETags.checkIfMatch(ifMatch, r.version);
        if (r.status != RecommendationStatus.ANSWERED) {
            throw ProblemException.conflict("Recommendation " + r.number + " is " + r.status
                    + "; only an answered recommendation can be closed");
        }
        r.bureauComment = body == null || body.comment() == null || body.comment().isBlank() ? null
                : body.comment().trim();
        r.closedOn = Shanghai.today(clock);
        r.status = RecommendationStatus.DONE;
        recommendations.flush();
        return RecommendationResponse.of(r, r.closedOn);
    }

    private JudicialRecommendation require(long id) {
        return recommendations.findByIdOptional(id).filter(r -> access.sees(r.agency))
                .orElseThrow(() -> ProblemException.notFound("Judicial recommendation", id));
    }
}
