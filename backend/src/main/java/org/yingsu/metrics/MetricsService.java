package org.yingsu.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.common.http.ETags;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.metrics.ComplianceCalculator.AgencyCounts;
import org.yingsu.metrics.ComplianceRepository.AbsenceRow;
import org.yingsu.metrics.ComplianceRepository.AgencyRow;
import org.yingsu.metrics.ComplianceRepository.Bucket;
import org.yingsu.security.CallerScope;
import org.yingsu.security.Scope;

/** Wires the gathering SQL to the pure calculator. */
@ApplicationScoped
public class MetricsService {

    private static final int CURRENT = 0;
    private static final int PREVIOUS = 1;

    @Inject
    ComplianceRepository repository;

    @Inject
    MetricsConfig config;

    @Inject
    AssessmentPointsRepository pointsSet;

    @Inject
    AssessmentPointsChangeRepository pointsChanges;

    @Inject
    CallerScope callers;

    @Inject
    Clock clock;

    /** Days a proof may stay pending after the hearing before it is overdue (PENDING_IDENTITY). */
    public int pendingIdentityDays() {
        return config.pendingIdentityDays();
    }

    /** Hearings dated before this day have their still-pending identity proofs overdue, as of today. */
    private LocalDate identityOverdueBefore() {
        return PendingIdentity.overdueBefore(Shanghai.today(clock), config.pendingIdentityDays());
    }

    /** The trial levels the sanctions (interviews, assessment, bulletins) consider, R7. */
    public TrialLevelFilter sanctionLevel() {
        return config.sanctionTrialLevel();
    }

    /** The calculator of a year's figures: its deduction uses the points of that year (R7). */
    public ComplianceCalculator calculator(int year) {
        return new ComplianceCalculator(config.threshold(), pointsPerUnjustifiedAbsence(year));
    }

    /**
     * Points deducted per unjustified absence in a year (R7): what the bureau set for the year, else the configured
     * default. The assessment (考核) uses the same source, so its totals and the figures always agree.
     */
    public BigDecimal pointsPerUnjustifiedAbsence(int year) {
        return pointsPerYear(year, year).get(year);
    }

    private Map<Integer, BigDecimal> pointsPerYear(int from, int to) {
        Map<Integer, BigDecimal> points = new HashMap<>();
        pointsSet.list("year between ?1 and ?2", from, to).forEach(p -> points.put(p.year, p.points));
        for (int year = from; year <= to; year++) {
            points.putIfAbsent(year, config.pointsPerUnjustifiedAbsence());
        }
        return points;
    }

    /** The points of a year as the bureau set them (R7), or the configured default with version 0. */
    public PointsSetting points(int year) {
        return pointsSet.findByIdOptional(year).map(p -> new PointsSetting(year, p.points, true, p.version))
                .orElseGet(() -> new PointsSetting(year, config.pointsPerUnjustifiedAbsence(), false, 0));
    }

    /**
     * The bureau's points for a year; the deductions of that year change with them. A real change is kept in the
     * setting's history (who, when, old → new); saving the same value again changes nothing.
     */
    @Transactional
    public PointsSetting setPoints(int year, BigDecimal value, String ifMatch) {
        AssessmentPoints row = pointsSet.findByIdOptional(year).orElse(null);
        ETags.checkIfMatch(ifMatch, row == null ? 0 : row.version);
        BigDecimal old = row == null ? config.pointsPerUnjustifiedAbsence() : row.points;
        if (row != null && old.compareTo(value) == 0) {
            return new PointsSetting(year, row.points, true, row.version);
        }
        recordChange(year, old, row != null, value);
        if (row == null) {
            row = new AssessmentPoints();
            row.year = year;
            row.points = value;
            pointsSet.persist(row);
        } else {
            row.points = value;
        }
        pointsSet.flush();
        return new PointsSetting(year, row.points, true, row.version);
    }

    private void recordChange(int year, BigDecimal old, boolean oldSetByBureau, BigDecimal value) {
        Scope scope = callers.current();
        AssessmentPointsChange change = new AssessmentPointsChange();
        change.year = year;
        change.oldPoints = old;
        change.oldSetByBureau = oldSetByBureau;
        change.newPoints = value;
        change.changedBy = scope.actor();
        change.changedByName = scope.caller() == null ? null : scope.caller().displayName();
        change.changedAt = OffsetDateTime.now(clock);
        pointsChanges.persist(change);
    }

    /** The changes of a year's points, the latest first. */
    public List<PointsChange> pointsChanges(int year) {
        return pointsChanges.list("year = ?1 order by changedAt desc, id desc", year).stream()
                .map(c -> new PointsChange(c.id, c.year, c.oldPoints, c.oldSetByBureau, c.newPoints,
                        c.changedByName, c.changedAt))
                .toList();
    }

    /** One change of a year's points: {@code changedByName} is the person's (or token's) name, null for the system. */
    public record PointsChange(long id, int year, BigDecimal oldPoints, boolean oldSetByBureau, BigDecimal newPoints,
            String changedByName, OffsetDateTime changedAt) {
    }

    /** The points per unjustified absence of a year; {@code version} is the setting's ETag (0 while unset). */
    public record PointsSetting(int year, BigDecimal points, boolean setByBureau, long version) {
    }

    public ComplianceReport compliance(Period period, TrialLevelFilter level, String agencyCode) {
        Long agencyId = agencyIdOf(agencyCode);
        // An agency's figures, and its groups' sums, cover only the agencies it sees (R9).
        List<AgencyRow> agencies = repository.agencies(agencyId).stream()
                .filter(a -> callers.current().seesAgencyId(a.id())).toList();
        Map<Integer, Map<Long, ComplianceCounts>> counts = repository.counts(
                List.of(new Bucket(CURRENT, period), new Bucket(PREVIOUS, period.previousYear())),
                level, agencyId, config.mandatoryCategoryCodes(),
                config.decisionChangedCodes(), identityOverdueBefore(), config.workMem());
        ComplianceCalculator calculator = calculator(period.year());
        List<AgencyCounts> inputs = agencies.stream().map(a -> new AgencyCounts(a.code(), a.name(), a.kind(),
                countsOf(counts, CURRENT, a.id()), countsOf(counts, PREVIOUS, a.id()))).toList();
        return new ComplianceReport(period.year(), period.label(), period.start(), period.lastDay(), level,
                calculator.threshold(), inputs.stream().map(calculator::agency).toList(), calculator.groups(inputs));
    }

    public AgencyYearSeries years(String agencyCode, int from, int to, TrialLevelFilter level) {
        AgencyRow agency = repository.agency(agencyCode).filter(a -> callers.current().seesAgencyId(a.id()))
                .orElseThrow(() -> ProblemException.notFound("Agency", agencyCode));
        List<Bucket> buckets = new ArrayList<>();
        for (int year = from - 1; year <= to; year++) {
            buckets.add(new Bucket(year, Period.year(year)));
        }
        Map<Integer, Map<Long, ComplianceCounts>> counts = repository.counts(buckets, level, agency.id(),
                config.mandatoryCategoryCodes(), config.decisionChangedCodes(), identityOverdueBefore(),
                config.workMem());
        Map<Integer, BigDecimal> points = pointsPerYear(from, to);
        List<AgencyYearSeries.AgencyYear> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            ComplianceCalculator calculator = new ComplianceCalculator(config.threshold(), points.get(year));
            years.add(new AgencyYearSeries.AgencyYear(year, calculator.agency(new AgencyCounts(agency.code(),
                    agency.name(), agency.kind(), countsOf(counts, year, agency.id()),
                    countsOf(counts, year - 1, agency.id())))));
        }
        return new AgencyYearSeries(agency.code(), agency.name(), agency.kind(), from, to, level,
                config.threshold(), years);
    }

    /**
     * The unmet duties of the period (docs/domain.md §4), each with its class and the held hearings that class it; per agency
     * and class they number the figures' absences exactly. Scoped like the figures (R9).
     */
    public List<Absence> absences(Period period, TrialLevelFilter level, String agencyCode) {
        Long agencyId = agencyIdOf(agencyCode);
        List<Absence> absences = new ArrayList<>();
        for (AbsenceRow row : repository.absences(period, level, agencyId,
                config.mandatoryCategoryCodes(), config.workMem())) {
            if (callers.current().seesAgencyId(row.agencyId())) {
                absences.add(new Absence(row.agencyCode(), row.agencyName(), row.agencyKind(), row.caseId(),
                        row.court(), row.caseNumber(), row.causeOfAction(), row.mandatory(), row.absenceClass(),
                        List.copyOf(row.covered())));
            }
        }
        return absences;
    }

    /**
     * Every duty of the period (docs/domain.md §4), met or classed as an absence: per agency they number casesHeard,
     * those met casesHeardWithHead, the rest the absence figures by class. Scoped like the figures (R9).
     */
    public List<HeardDuty> duties(Period period, TrialLevelFilter level, String agencyCode) {
        Long agencyId = agencyIdOf(agencyCode);
        return repository.duties(period, level, agencyId, config.mandatoryCategoryCodes(), config.workMem()).stream()
                .filter(row -> callers.current().seesAgencyId(row.agencyId()))
                .map(ComplianceRepository.DutyRow::duty)
                .toList();
    }

    /** The id of the agency a filter names, which the caller must see; {@code null} for no filter. */
    private Long agencyIdOf(String agencyCode) {
        return agencyCode == null ? null : repository.agency(agencyCode)
                .filter(a -> callers.current().seesAgencyId(a.id()))
                .orElseThrow(() -> ProblemException.invalid("agencyCode", "no agency has the code " + agencyCode))
                .id();
    }

    private static ComplianceCounts countsOf(Map<Integer, Map<Long, ComplianceCounts>> counts, int bucket,
            long agencyId) {
        return counts.getOrDefault(bucket, Map.of()).getOrDefault(agencyId, ComplianceCounts.ZERO);
    }
}
