package org.yingsu.coordination;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.attachments.DocumentKind;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.attachments.DocumentService;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.coordination.DisputeDtos.AgencyRef;
import org.yingsu.coordination.DisputeDtos.BodyInput;
import org.yingsu.coordination.DisputeDtos.BodyResponse;
import org.yingsu.coordination.DisputeDtos.DisputeInput;
import org.yingsu.coordination.DisputeDtos.DisputeResolve;
import org.yingsu.coordination.DisputeDtos.DisputeResponse;
import org.yingsu.coordination.DisputeDtos.DisputeReturn;
import org.yingsu.coordination.DisputeDtos.DisputeStart;
import org.yingsu.coordination.DisputeDtos.Figures;
import org.yingsu.coordination.DisputeDtos.MeetingInput;
import org.yingsu.coordination.DisputeDtos.MeetingResponse;
import org.yingsu.litigation.cases.CaseRepository;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.outcomes.OutcomeService;
import org.yingsu.metrics.Period;

/**
 * 行政争议协调化解中心. The bureau registers each dispute the court entrusts (委派, 委托) or that comes directly, has a
 * mediating body take it up, records the meetings, and closes it resolved (the agreement attached when there is one)
 * or returned. An agency sees the disputes about its own acts (R9) and changes none. A resolved dispute marks its
 * case's outcome coordinated.
 */
@ApplicationScoped
@Transactional
class DisputeService {

    @Inject
    DisputeRepository disputes;

    @Inject
    MediatingBodyRepository bodies;

    @Inject
    CaseRepository cases;

    @Inject
    OutcomeService outcomes;

    @Inject
    DocumentService documents;

    @Inject
    AgencyAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<DisputeResponse> list(DisputeStatus status, DisputeSource source, String agencyCode,
            String mediatingBodyCode, Integer year, Boolean overdue, String q, Listing listing, Paging paging) {
        StringBuilder query = new StringBuilder("from Dispute d where 1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and d.status = :status");
            parameters.and("status", status);
        }
        if (source != null) {
            query.append(" and d.source = :source");
            parameters.and("source", source);
        }
        if (mediatingBodyCode != null) {
            query.append(" and d.mediatingBody.code = :body");
            parameters.and("body", mediatingBodyCode);
        }
        if (year != null) {
            query.append(" and d.receivedOn >= :from and d.receivedOn < :to");
            parameters.and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year + 1, 1, 1));
        }
        if (Boolean.TRUE.equals(overdue)) {
            // TimeLimitStatus.OVERDUE, as a query: closed after the limit, or open once the limit's day has passed.
            query.append(" and d.timeLimit is not null and ((d.closedOn is not null and d.closedOn > d.timeLimit)"
                    + " or (d.closedOn is null and d.timeLimit < :today))");
            parameters.and("today", Shanghai.today(clock));
        }
        if (q != null && !q.isBlank()) {
            query.append(" and (lower(d.number) like :q or lower(d.subject) like :q or lower(d.courtReference) like :q)");
            parameters.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        if (agencyCode != null || access.scope().limitedToAgencies()) {
            query.append(" and exists (select 1 from Dispute x join x.agencies a where x = d");
            if (agencyCode != null) {
                query.append(" and a.code = :agencyCode");
                parameters.and("agencyCode", agencyCode);
            }
            access.restrict(query, parameters, "a");
            query.append(")");
        }
        listing.restrict(query, parameters, "d");
        var page = disputes.find(query.toString(),
                listing.order("d", Sort.descending("receivedOn").and("id", Sort.Direction.Descending)),
                parameters).page(Page.of(paging.page, paging.size));
        LocalDate today = Shanghai.today(clock);
        return new PageResult<>(page.list().stream().map(d -> response(d, today)).toList(), paging.page,
                paging.size, page.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DisputeResponse> find(long id) {
        return visible(id).map(d -> response(d, Shanghai.today(clock)));
    }

    public DisputeResponse create(DisputeInput body) {
        disputes.findByNumber(body.number().strip()).ifPresent(d -> {
            throw ProblemException.conflict("The register number " + d.number + " is already dispute " + d.id);
        });
        Dispute dispute = new Dispute();
        apply(dispute, body);
        disputes.persist(dispute);
        disputes.flush();
        return response(dispute, Shanghai.today(clock));
    }

    public DisputeResponse update(long id, DisputeInput body, String ifMatch) {
        Dispute dispute = require(id);
        ETags.checkIfMatch(ifMatch, dispute.version);
        requireOpen(dispute);
        disputes.findByNumber(body.number().strip()).filter(d -> !d.id.equals(dispute.id)).ifPresent(d -> {
            throw ProblemException.conflict("The register number " + d.number + " is already dispute " + d.id);
        });
        apply(dispute, body);
        if (dispute.status == DisputeStatus.IN_PROGRESS && dispute.mediatingBody == null) {
            throw ProblemException.ruleBroken("mediatingBodyCode", "the dispute is in progress with a mediating body");
        }
        disputes.flush();
        return response(dispute, Shanghai.today(clock));
    }

    public DisputeResponse start(long id, DisputeStart body, String ifMatch) {
        Dispute dispute = require(id);
        ETags.checkIfMatch(ifMatch, dispute.version);
        if (dispute.status != DisputeStatus.RECEIVED) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status
                    + "; only a received dispute is taken up");
        }
        dispute.mediatingBody = activeBody(body.mediatingBodyCode(), "mediatingBodyCode");
        dispute.startedOn = within(body.startedOn(), dispute.receivedOn, "startedOn", "received");
        dispute.status = DisputeStatus.IN_PROGRESS;
        disputes.flush();
        return response(dispute, Shanghai.today(clock));
    }

    public DisputeResponse addMeeting(long id, MeetingInput body, String ifMatch) {
        Dispute dispute = require(id);
        ETags.checkIfMatch(ifMatch, dispute.version);
        if (dispute.status != DisputeStatus.IN_PROGRESS) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status
                    + "; meetings are recorded while it is in progress");
        }
        DisputeMeeting meeting = new DisputeMeeting();
        meeting.dispute = dispute;
        meeting.heldOn = within(body.heldOn(), dispute.startedOn, "heldOn", "taken up");
        meeting.place = blankToNull(body.place());
        meeting.participants = body.participants().strip();
        meeting.notes = blankToNull(body.notes());
        dispute.meetings.add(meeting);
        disputes.flush();
        em.lock(dispute, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // the meetings are part of what the ETag guards
        return response(dispute, Shanghai.today(clock));
    }

    public DisputeResponse resolve(long id, DisputeResolve body, String ifMatch) {
        Dispute dispute = require(id);
        ETags.checkIfMatch(ifMatch, dispute.version);
        if (dispute.status != DisputeStatus.IN_PROGRESS) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status
                    + "; only a dispute in progress is resolved");
        }
        LocalDate on = within(body.resolvedOn(), dispute.startedOn, "resolvedOn", "taken up");
        if (body.resolution().needsAgreement()
                && !documents.hasAttached(DocumentOwner.DISPUTE, dispute.id, DocumentKind.AGREEMENT)) {
            throw ProblemException.ruleBroken("resolution", "a " + body.resolution().label()
                    + " is resolved with the agreement attached: upload it (kind AGREEMENT) first");
        }
        dispute.status = DisputeStatus.RESOLVED;
        dispute.resolution = body.resolution();
        dispute.closedOn = on;
        dispute.outcomeSummary = body.summary().strip();
        disputes.flush();
        if (dispute.litigationCase != null) {
            outcomes.markCoordinated(dispute.litigationCase.id);
        }
        return response(dispute, Shanghai.today(clock));
    }

    public DisputeResponse returnToCourt(long id, DisputeReturn body, String ifMatch) {
        Dispute dispute = require(id);
        ETags.checkIfMatch(ifMatch, dispute.version);
        requireOpen(dispute);
        dispute.closedOn = within(body.returnedOn(), dispute.startedOn != null ? dispute.startedOn
                : dispute.receivedOn, "returnedOn", dispute.startedOn != null ? "taken up" : "received");
        dispute.status = DisputeStatus.RETURNED;
        dispute.outcomeSummary = body.reason().strip();
        disputes.flush();
        return response(dispute, Shanghai.today(clock));
    }

    /** The centre's figures of the period, from the disputes the caller sees (an agency: its own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(Period period) {
        StringBuilder query = new StringBuilder("from Dispute d where ((d.receivedOn >= :from and d.receivedOn < :to)"
                + " or (d.closedOn >= :from and d.closedOn < :to) or (d.timeLimit >= :from and d.timeLimit < :to)"
                + " or d.status in :open)");
        Parameters parameters = Parameters.with("from", period.start()).and("to", period.end())
                .and("open", List.of(DisputeStatus.RECEIVED, DisputeStatus.IN_PROGRESS));
        if (access.scope().limitedToAgencies()) {
            query.append(" and exists (select 1 from Dispute x join x.agencies a where x = d");
            access.restrict(query, parameters, "a");
            query.append(")");
        }
        List<CentreFigures.Fact> facts = disputes.find(query.toString(), parameters).list().stream()
                .map(d -> new CentreFigures.Fact(d.receivedOn, d.status, d.resolution, d.closedOn, d.timeLimit,
                        d.mediatingBody == null ? null : d.mediatingBody.code,
                        d.mediatingBody == null ? null : d.mediatingBody.name,
                        d.agencies.stream().filter(a -> access.scope().seesAgencyId(a.id))
                                .map(a -> new CentreFigures.Named(a.code, a.name)).toList()))
                .toList();
        return CentreFigures.compute(facts, period, Shanghai.today(clock));
    }

    public List<BodyResponse> bodies(boolean includeInactive) {
        return (includeInactive ? bodies.listAll(Sort.by("kind").and("code")) : bodies.list("active",
                Sort.by("kind").and("code"), true)).stream().map(BodyResponse::of).toList();
    }

    public BodyResponse createBody(BodyInput body) {
        bodies.find("code = ?1 or name = ?2", body.code().strip(), body.name().strip()).firstResultOptional()
                .ifPresent(b -> {
                    throw ProblemException.conflict("A mediating body " + b.code + " (" + b.name + ") exists");
                });
        MediatingBody created = new MediatingBody();
        applyBody(created, body);
        bodies.persist(created);
        bodies.flush();
        return BodyResponse.of(created);
    }

    public Optional<BodyResponse> findBody(String code) {
        return bodies.findByCode(code).map(BodyResponse::of);
    }

    /** A body's code stays: disputes and the figures name it. */
    public BodyResponse updateBody(String code, BodyInput body, String ifMatch) {
        MediatingBody existing = bodies.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Mediating body", code));
        ETags.checkIfMatch(ifMatch, existing.version);
        if (!existing.code.equals(body.code().strip())) {
            throw ProblemException.ruleBroken("code", "a mediating body's code does not change");
        }
        bodies.find("name = ?1 and id <> ?2", body.name().strip(), existing.id).firstResultOptional().ifPresent(b -> {
            throw ProblemException.conflict("The name " + b.name + " is already body " + b.code);
        });
        applyBody(existing, body);
        bodies.flush();
        return BodyResponse.of(existing);
    }

    private static void applyBody(MediatingBody target, BodyInput body) {
        target.code = body.code().strip();
        target.name = body.name().strip();
        target.kind = body.kind();
        target.active = body.active() == null || body.active();
    }

    /** Who sees a dispute sees its documents; only the bureau adds them, until the dispute is closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Dispute> visible(long id) {
        return disputes.findByIdOptional(id).filter(d -> !access.scope().limitedToAgencies()
                || d.agencies.stream().anyMatch(a -> access.scope().seesAgencyId(a.id)));
    }

    private Dispute require(long id) {
        return visible(id).orElseThrow(() -> ProblemException.notFound("Dispute", id));
    }

    private static void requireOpen(Dispute dispute) {
        if (!dispute.status.open()) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status
                    + " on " + dispute.closedOn + "; it takes no more changes");
        }
    }

    private void apply(Dispute dispute, DisputeInput body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = Shanghai.today(clock);
        if (body.receivedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("receivedOn", "the dispute cannot be received after today (" + today
                    + ")"));
        }
        if (body.source().entrusted()) {
            if (isBlank(body.court())) {
                errors.add(new Problem.FieldError("court", "an entrusted dispute names the court that entrusted it"));
            }
            if (isBlank(body.courtReference())) {
                errors.add(new Problem.FieldError("courtReference", "an entrusted dispute carries the court's "
                        + "reference"));
            }
            if (body.timeLimit() == null) {
                errors.add(new Problem.FieldError("timeLimit", "an entrusted dispute carries the time limit the "
                        + "court set"));
            }
        }
        if (body.timeLimit() != null && body.timeLimit().isBefore(body.receivedOn())) {
            errors.add(new Problem.FieldError("timeLimit", "the time limit " + body.timeLimit()
                    + " is before the day received " + body.receivedOn()));
        }
        LitigationCase litigationCase = null;
        if (body.caseId() != null) {
            litigationCase = cases.findByIdOptional(body.caseId()).orElse(null);
            if (litigationCase == null) {
                errors.add(new Problem.FieldError("caseId", "no case has the id " + body.caseId()));
            }
        } else if (body.source() == DisputeSource.ENTRUSTED_AFTER_FILING) {
            errors.add(new Problem.FieldError("caseId", "a dispute entrusted after filing (委托) names its case"));
        }
        Set<Agency> agencies = new LinkedHashSet<>();
        for (int i = 0; i < body.agencyCodes().size(); i++) {
            String code = body.agencyCodes().get(i).strip();
            try {
                agencies.add(access.named(code));
            } catch (ProblemException e) {
                errors.add(new Problem.FieldError("agencyCodes[" + i + "]", "no agency has the code " + code));
            }
        }
        MediatingBody body0 = null;
        if (!isBlank(body.mediatingBodyCode())) {
            body0 = bodies.findByCode(body.mediatingBodyCode().strip()).orElse(null);
            boolean same = dispute.mediatingBody != null && body0 != null && dispute.mediatingBody.id.equals(body0.id);
            if (body0 == null || (!body0.active && !same)) {
                errors.add(new Problem.FieldError("mediatingBodyCode", "no active mediating body has the code "
                        + body.mediatingBodyCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        dispute.number = body.number().strip();
        dispute.source = body.source();
        dispute.court = blankToNull(body.court());
        dispute.courtReference = blankToNull(body.courtReference());
        dispute.timeLimit = body.timeLimit();
        dispute.litigationCase = litigationCase;
        dispute.receivedOn = body.receivedOn();
        dispute.subject = body.subject().strip();
        dispute.applicants = new ArrayList<>(body.applicants().stream().map(String::strip).distinct().toList());
        dispute.agencies.clear();
        dispute.agencies.addAll(agencies);
        if (body0 != null || dispute.status == DisputeStatus.RECEIVED) {
            dispute.mediatingBody = body0;
        }
    }

    private MediatingBody activeBody(String code, String field) {
        return bodies.findByCode(code.strip()).filter(b -> b.active)
                .orElseThrow(() -> ProblemException.ruleBroken(field, "no active mediating body has the code " + code));
    }

    /** A step's date: not before the previous step's, not after today (Asia/Shanghai). */
    private LocalDate within(LocalDate date, LocalDate notBefore, String field, String previous) {
        LocalDate today = Shanghai.today(clock);
        if (date.isAfter(today)) {
            throw ProblemException.ruleBroken(field, date + " is after today (" + today + ")");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw ProblemException.ruleBroken(field, date + " is before the day the dispute was " + previous + " ("
                    + notBefore + ")");
        }
        return date;
    }

    private DisputeResponse response(Dispute d, LocalDate today) {
        Long caseId = d.litigationCase == null ? null : d.litigationCase.id;
        List<AgencyRef> agencies = d.agencies.stream().filter(a -> access.scope().seesAgencyId(a.id))
                .map(a -> new AgencyRef(a.code, a.name)).toList();
        return new DisputeResponse(d.id, d.number, d.source, d.court, d.courtReference, d.timeLimit,
                d.timeLimitStatus(today), caseId, d.litigationCase == null ? null : d.litigationCase.caseNumber,
                d.receivedOn, d.subject, List.copyOf(d.applicants), agencies,
                d.mediatingBody == null ? null : BodyResponse.of(d.mediatingBody), d.status, d.startedOn,
                d.resolution, d.closedOn, d.outcomeSummary, caseId == null ? null : outcomes.coordinated(caseId),
                d.meetings.stream().map(MeetingResponse::of).toList(), d.version);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
