package org.yingsu.interviews;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.Problem.FieldError;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.interviews.InterviewDtos.InterviewCancel;
import org.yingsu.interviews.InterviewDtos.InterviewRecord;
import org.yingsu.interviews.InterviewDtos.InterviewResponse;
import org.yingsu.interviews.InterviewDtos.ParticipantInput;
import org.yingsu.interviews.InterviewDtos.RefreshRequest;
import org.yingsu.interviews.InterviewDtos.RefreshResult;
import org.yingsu.metrics.ComplianceFigures;
import org.yingsu.metrics.ComplianceFlag;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;

/**
 * 约谈 (R7): an agency whose heads appeared in none of its first-instance cases heard in a quarter (the figures'
 * {@code ZERO_RATE_INTERVIEW}) becomes one interview task for that quarter, which the bureau records and completes.
 * Quarters rather than years, because the bureau reviews each quarter's figures (季度通报) and should not wait for the
 * annual assessment to act; a year at zero is at zero in each of its quarters with a hearing, so none is missed.
 */
@ApplicationScoped
@Transactional
class InterviewService {

    /** Key of the PostgreSQL advisory lock that makes one refresh run at a time across instances. */
    static final long LOCK_KEY = 0x5969_6e67_7375_0002L;

    @Inject
    InterviewRepository interviews;

    @Inject
    AgencyRepository agencies;

    @Inject
    OfficialRepository officials;

    @Inject
    MetricsService metrics;

    @Inject
    InterviewConfig config;

    @Inject
    AgencyAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The bureau's refresh of a year's ended quarters, or of one ended quarter. */
    public RefreshResult refresh(RefreshRequest request) {
        LocalDate today = Shanghai.today(clock);
        List<Period> quarters;
        if (request.quarter() != null) {
            Period quarter = Period.of(request.year(), request.quarter(), null);
            if (!hasEnded(quarter, today)) {
                throw ProblemException.ruleBroken("quarter", quarter.label() + " has not ended yet; a quarter is "
                        + "looked at once its figures are complete");
            }
            quarters = List.of(quarter);
        } else {
            quarters = endedQuarters(request.year(), today);
            if (quarters.isEmpty()) {
                throw ProblemException.ruleBroken("year", request.year() + " has no ended quarter yet");
            }
        }
        return refresh(quarters);
    }

    /**
     * The scheduled refresh: the ended quarters of this year and the last, where late court records and corrections
     * land. Older quarters are refreshed on request.
     */
    public RefreshResult refreshRecent() {
        LocalDate today = Shanghai.today(clock);
        List<Period> quarters = new ArrayList<>(endedQuarters(today.getYear() - 1, today));
        quarters.addAll(endedQuarters(today.getYear(), today));
        return refresh(quarters);
    }

    /**
     * Opens a task for each agency newly at zero; reopens one the refresh had cancelled; marks tasks whose agency is
     * no longer at zero. Such a task is cancelled (visibly, never deleted) only when nobody has recorded anything on
     * it; a worked-on or done task stays as it is, marked {@code atZero = false}, for the bureau to decide. When
     * another instance holds the lock this run is skipped: it is doing the same work.
     */
    RefreshResult refresh(List<Period> quarters) {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        List<String> labels = quarters.stream().map(Period::label).toList();
        if (!locked) {
            return new RefreshResult(false, labels, 0, 0, 0, 0, 0);
        }
        LocalDate today = Shanghai.today(clock);
        int created = 0;
        int reopened = 0;
        int cancelled = 0;
        int noLongerAtZero = 0;
        for (Period quarter : quarters) {
            Map<String, ComplianceFigures> atZero = metrics.compliance(quarter, metrics.sanctionLevel(), null)
                    .agencies().stream().filter(f -> f.flags().contains(ComplianceFlag.ZERO_RATE_INTERVIEW))
                    .collect(Collectors.toMap(ComplianceFigures::agencyCode, Function.identity()));
            for (Interview interview : interviews.ofQuarter(quarter.year(), quarter.quarter())) {
                ComplianceFigures figures = atZero.remove(interview.agency.code);
                if (figures != null) {
                    interview.atZero = true;
                    interview.casesHeard = (int) figures.casesHeard();
                    if (interview.status == InterviewStatus.CANCELLED && interview.cancelledByRefresh) {
                        open(interview, today);
                        reopened++;
                    }
                } else if (interview.atZero) {
                    interview.atZero = false;
                    if (interview.status == InterviewStatus.OPEN && !interview.isWorkedOn()) {
                        interview.status = InterviewStatus.CANCELLED;
                        interview.cancelledOn = today;
                        interview.cancelledByRefresh = true;
                        cancelled++;
                    } else {
                        noLongerAtZero++;
                    }
                }
            }
            for (ComplianceFigures figures : atZero.values()) {
                Interview interview = new Interview();
                interview.agency = agencies.findByCode(figures.agencyCode()).orElseThrow();
                interview.year = quarter.year();
                interview.quarter = quarter.quarter();
                interview.casesHeard = (int) figures.casesHeard();
                open(interview, today);
                interviews.persist(interview);
                created++;
            }
        }
        interviews.flush();
        return new RefreshResult(true, labels, created, reopened, cancelled, noLongerAtZero,
                interviews.count("status", InterviewStatus.OPEN));
    }

    private void open(Interview interview, LocalDate today) {
        interview.status = InterviewStatus.OPEN;
        interview.atZero = true;
        interview.openedOn = today;
        interview.dueOn = today.plusDays(config.dueDays());
        interview.cancelledOn = null;
        interview.cancelReason = null;
        interview.cancelledByRefresh = false;
    }

    public PageResult<InterviewResponse> list(Integer year, Integer quarter, String agencyCode,
            InterviewStatus status, Boolean overdue, Listing listing, Paging paging) {
        LocalDate today = Shanghai.today(clock);
        StringBuilder query = new StringBuilder("from Interview i join fetch i.agency a where 1 = 1");
        Parameters parameters = new Parameters();
        if (year != null) {
            query.append(" and i.year = :year");
            parameters.and("year", year);
        }
        if (quarter != null) {
            query.append(" and i.quarter = :quarter");
            parameters.and("quarter", quarter);
        }
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        if (status != null) {
            query.append(" and i.status = :status");
            parameters.and("status", status);
        }
        if (overdue != null) {
            query.append(overdue ? " and i.status = :open and i.dueOn < :today"
                    : " and not (i.status = :open and i.dueOn < :today)");
            parameters.and("open", InterviewStatus.OPEN).and("today", today);
        }
        access.restrict(query, parameters, "a");
        listing.restrict(query, parameters, "i");
        var page = interviews.find(query.toString(), listing.order("i",
                        Sort.descending("i.year", "i.quarter").and("a.code").and("i.id")), parameters)
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(page.list().stream().map(i -> InterviewResponse.of(i, today)).toList(),
                paging.page, paging.size, page.count());
    }

    public Optional<InterviewResponse> find(long id) {
        return interviews.findByIdOptional(id).filter(i -> access.sees(i.agency))
                .map(i -> InterviewResponse.of(i, Shanghai.today(clock)));
    }

    /** Saves what is known of the interview so far; the task stays open. */
    public InterviewResponse record(long id, InterviewRecord body, String ifMatch) {
        Interview interview = requireOpen(id, ifMatch);
        LocalDate today = Shanghai.today(clock);
        apply(interview, body, today);
        interviews.flush();
        return InterviewResponse.of(interview, today);
    }

    /** Records the interview as held: it needs the day, people of both sides and the outcome. */
    public InterviewResponse complete(long id, InterviewRecord body, String ifMatch) {
        Interview interview = requireOpen(id, ifMatch);
        LocalDate today = Shanghai.today(clock);
        apply(interview, body, today);
        List<FieldError> missing = new ArrayList<>();
        if (interview.heldOn == null) {
            missing.add(new FieldError("heldOn", "is required to complete the interview"));
        }
        boolean agencySide = interview.participants.stream().anyMatch(p -> p.side == ParticipantSide.AGENCY);
        boolean bureauSide = interview.participants.stream().anyMatch(p -> p.side == ParticipantSide.BUREAU);
        if (!agencySide || !bureauSide) {
            missing.add(new FieldError("participants", "name at least one person of the agency and one of the "
                    + "bureau to complete the interview"));
        }
        if (interview.outcome == null) {
            missing.add(new FieldError("outcome", "is required to complete the interview"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.ruleBroken(missing);
        }
        interview.status = InterviewStatus.DONE;
        interview.completedOn = today;
        interviews.flush();
        return InterviewResponse.of(interview, today);
    }

    /** The bureau decides an interview is not needed (the figures were corrected, the agency was merged…). */
    public InterviewResponse cancel(long id, InterviewCancel body, String ifMatch) {
        Interview interview = requireOpen(id, ifMatch);
        LocalDate today = Shanghai.today(clock);
        interview.status = InterviewStatus.CANCELLED;
        interview.cancelledOn = today;
        interview.cancelReason = body.reason().trim();
        interview.cancelledByRefresh = false;
        interviews.flush();
        return InterviewResponse.of(interview, today);
    }

    private Interview requireOpen(long id, String ifMatch) {
        Interview interview = interviews.findByIdOptional(id).filter(i -> access.sees(i.agency))
                .orElseThrow(() -> ProblemException.notFound("Interview", id));
        ETags.checkIfMatch(ifMatch, interview.version);
        if (interview.status != InterviewStatus.OPEN) {
            throw ProblemException.conflict("The interview of " + interview.agency.name + " for "
                    + interview.period().label() + " is " + interview.status + " and can no longer be changed");
        }
        return interview;
    }

    /** Replaces the record with {@code body}, or refuses it whole, naming every field that breaks a rule. */
    private void apply(Interview interview, InterviewRecord body, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (body.heldOn() != null && body.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "cannot be in the future (today is " + today + ")"));
        } else if (body.heldOn() != null && body.heldOn().isBefore(interview.period().start())) {
            errors.add(new FieldError("heldOn", "cannot be before " + interview.period().label() + " began ("
                    + interview.period().start() + ")"));
        }
        List<InterviewParticipant> participants = new ArrayList<>();
        List<ParticipantInput> inputs = body.participants() == null ? List.of() : body.participants();
        Map<String, Official> known = new HashMap<>();
        for (int index = 0; index < inputs.size(); index++) {
            ParticipantInput input = inputs.get(index);
            String field = "participants[" + index + "]";
            InterviewParticipant participant = new InterviewParticipant();
            participant.side = input.side();
            participant.name = text(input.name());
            participant.title = text(input.title());
            String code = text(input.officialCode());
            if (code != null) {
                Official official = known.computeIfAbsent(code, c -> officials.findByCode(c).orElse(null));
                if (official == null || !official.agency.id.equals(interview.agency.id)) {
                    errors.add(new FieldError(field + ".officialCode", "no official of " + interview.agency.name
                            + " has the code " + code));
                    continue;
                }
                if (input.side() != ParticipantSide.AGENCY) {
                    errors.add(new FieldError(field + ".side", "an official of the agency takes part for the "
                            + "AGENCY side"));
                    continue;
                }
                participant.official = official;
                participant.name = official.name;
                participant.title = participant.title != null ? participant.title : official.title;
            } else if (participant.name == null) {
                errors.add(new FieldError(field + ".name", "is required unless officialCode names an official of "
                        + "the agency"));
                continue;
            }
            participants.add(participant);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        interview.heldOn = body.heldOn();
        interview.location = text(body.location());
        interview.notes = text(body.notes());
        interview.outcome = text(body.outcome());
        interview.participants.clear();
        interview.participants.addAll(participants);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static List<Period> endedQuarters(int year, LocalDate today) {
        List<Period> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            Period period = Period.of(year, quarter, null);
            if (hasEnded(period, today)) {
                quarters.add(period);
            }
        }
        return quarters;
    }

    private static boolean hasEnded(Period period, LocalDate today) {
        return !today.isBefore(period.end());
    }
}
