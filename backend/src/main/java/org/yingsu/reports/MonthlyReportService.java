package org.yingsu.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.common.database.Sql;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.metrics.ComplianceFigures;
import org.yingsu.metrics.ComplianceReport;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;
import org.yingsu.metrics.TrialLevelFilter;
import org.yingsu.reports.ReportDtos.AgencyLine;
import org.yingsu.reports.ReportDtos.AppearanceRecord;
import org.yingsu.reports.ReportDtos.CaseLine;
import org.yingsu.reports.ReportDtos.Disagreement;
import org.yingsu.reports.ReportDtos.Draft;
import org.yingsu.reports.ReportDtos.Missing;
import org.yingsu.reports.ReportDtos.Reconciliation;
import org.yingsu.reports.ReportDtos.ReportResponse;
import org.yingsu.reports.ReportDtos.Submit;

/** 月报 and 与法院比对: agencies declare their month; the bureau sees every difference. */
@ApplicationScoped
@Transactional
public class MonthlyReportService {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    MetricsService metrics;

    @Inject
    Clock clock;

    @Inject
    AgencyAccess access;

    public Draft draft(String agencyCode, int year, int month) {
        Agency agency = agency(agencyCode);
        checkMonth(year, month);
        return new Draft(agency.code, agency.name, year, month, systemFigures(agency.code, year, month),
                latest(agency.id, year, month).map(r -> r.revision).orElse(null));
    }

    /** Each submission is a new revision; the latest counts. A figure that departs from the system needs a reason. */
    public ReportResponse submit(Submit body) {
        Agency agency = agency(body.agencyCode());
        checkMonth(body.year(), body.month());
        MonthlyFigures figures = body.figures();
        checkConsistent(figures);
        boolean departs = !figures.differencesFrom(systemFigures(agency.code, body.year(), body.month())).isEmpty();
        String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().trim();
        if (departs && comment == null) {
            throw ProblemException.invalid("comment", "explain why the declared figures differ from the system's");
        }
        // Two clerks submitting at once would both take the same revision; the unique key turns that into a 409.
        int revision = latest(agency.id, body.year(), body.month()).map(r -> r.revision + 1).orElse(1);
        MonthlyReport report = new MonthlyReport();
        report.agency = agency;
        report.year = body.year();
        report.month = body.month();
        report.revision = revision;
        report.noticesReceived = figures.noticesReceived();
        report.noticesAttendedByHead = figures.noticesAttendedByHead();
        report.casesHeard = figures.casesHeard();
        report.casesHeardWithHead = figures.casesHeardWithHead();
        report.casesConcluded = figures.casesConcluded();
        report.decisionsChanged = figures.decisionsChanged();
        report.comment = comment;
        em.persist(report);
        em.flush();
        return ReportResponse.of(report);
    }

    public List<ReportResponse> list(String agencyCode, Integer year, Integer month) {
        StringBuilder query = new StringBuilder("from MonthlyReport r join fetch r.agency a where 1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (agencyCode != null) {
            query.append(" and a.code = :agency");
            parameters.put("agency", agencyCode);
        }
        if (year != null) {
            query.append(" and r.year = :year");
            parameters.put("year", year);
        }
        if (month != null) {
            query.append(" and r.month = :month");
            parameters.put("month", month);
        }
        var typed = em.createQuery(query.append(" order by r.year desc, r.month desc, a.code, r.revision desc")
                .toString(), MonthlyReport.class);
        parameters.forEach(typed::setParameter);
        return typed.getResultList().stream().filter(r -> access.sees(r.agency)).map(ReportResponse::of).toList();
    }

    public ReportResponse get(long id) {
        MonthlyReport report = em.find(MonthlyReport.class, id);
        if (report == null || !access.sees(report.agency)) {
            throw ProblemException.notFound("Monthly report", id);
        }
        return ReportResponse.of(report);
    }

    public Reconciliation reconcile(int year, int month, String agencyCode) {
        checkMonth(year, month);
        if (agencyCode != null) {
            agency(agencyCode);
        }
        ComplianceReport system = metrics.compliance(Period.of(year, null, month), TrialLevelFilter.FIRST_INSTANCE,
                agencyCode);
        Map<String, MonthlyReport> latest = latestReports(year, month);
        List<AgencyLine> lines = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (ComplianceFigures figures : system.agencies()) {
            MonthlyReport report = latest.get(figures.agencyCode());
            if (report == null) {
                missing.add(new Missing(figures.agencyCode(), figures.agencyName()));
                continue;
            }
            MonthlyFigures counted = MonthlyFigures.of(figures);
            lines.add(new AgencyLine(figures.agencyCode(), figures.agencyName(), report.revision, report.figures(),
                    counted, report.figures().differencesFrom(counted)));
        }
        return new Reconciliation(year, month, lines, missing, disagreements(year, month, agencyCode));
    }

    private List<CaseLine> disagreements(int year, int month, String agencyCode) {
        Period period = Period.of(year, null, month);
        Map<String, Object> values = new HashMap<>();
        values.put("start", period.start().atStartOfDay(Shanghai.ZONE).toOffsetDateTime());
        values.put("end", period.end().atStartOfDay(Shanghai.ZONE).toOffsetDateTime());
        values.put("agency", agencyCode);
        List<CaseLine> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Sql.bind(Sql.load(MonthlyReportService.class, "disagreements.sql"), values).query(connection, row -> {
                AppearanceRecord byAgency = record(row, "agency_spoke", "agency_left_early", "agency_identity");
                AppearanceRecord byCourt = record(row, "court_spoke", "court_left_early", "court_identity");
                Disagreement kind = byAgency == null ? Disagreement.COURT_ONLY
                        : byCourt == null ? Disagreement.AGENCY_ONLY : Disagreement.DIFFERENT_DETAILS;
                lines.add(new CaseLine(row.getLong("case_id"), row.getString("court"), row.getString("case_number"),
                        row.getLong("hearing_id"), Shanghai.local(row.getObject("scheduled_at", OffsetDateTime.class)),
                        row.getString("agency_code"), row.getString("official_code"), row.getString("official_name"),
                        kind, byAgency, byCourt));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare the month's appearance records", e);
        }
        return lines;
    }

    private Map<String, MonthlyReport> latestReports(int year, int month) {
        return em.createQuery("from MonthlyReport r join fetch r.agency where r.year = :year and r.month = :month"
                        + " and r.revision = (select max(x.revision) from MonthlyReport x where x.agency = r.agency"
                        + " and x.year = r.year and x.month = r.month)", MonthlyReport.class)
                .setParameter("year", year).setParameter("month", month).getResultList().stream()
                .collect(Collectors.toMap(r -> r.agency.code, Function.identity()));
    }

    private java.util.Optional<MonthlyReport> latest(long agencyId, int year, int month) {
        return em.createQuery("from MonthlyReport r where r.agency.id = :agency and r.year = :year"
                        + " and r.month = :month order by r.revision desc", MonthlyReport.class)
                .setParameter("agency", agencyId).setParameter("year", year).setParameter("month", month)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private MonthlyFigures systemFigures(String agencyCode, int year, int month) {
        ComplianceReport report = metrics.compliance(Period.of(year, null, month), TrialLevelFilter.FIRST_INSTANCE,
                agencyCode);
        return report.agencies().stream().filter(f -> f.agencyCode().equals(agencyCode)).findFirst()
                .map(MonthlyFigures::of).orElse(new MonthlyFigures(0, 0, 0, 0, 0, 0));
    }

    private Agency agency(String code) {
        return access.named(code);
    }

    /** A month is reported once it has begun, in Shanghai time. */
    private void checkMonth(int year, int month) {
        if (month < 1 || month > 12) {
            throw ProblemException.invalid("month", "must be from 1 to 12");
        }
        if (YearMonth.of(year, month).isAfter(YearMonth.from(Shanghai.today(clock)))) {
            throw ProblemException.invalid("month", year + "-" + month + " has not begun yet");
        }
    }

    private static void checkConsistent(MonthlyFigures f) {
        List<org.yingsu.common.problem.Problem.FieldError> errors = new ArrayList<>();
        if (f.noticesAttendedByHead() > f.noticesReceived()) {
            errors.add(new org.yingsu.common.problem.Problem.FieldError("figures.noticesAttendedByHead",
                    "cannot exceed noticesReceived"));
        }
        if (f.casesHeardWithHead() > f.casesHeard()) {
            errors.add(new org.yingsu.common.problem.Problem.FieldError("figures.casesHeardWithHead",
                    "cannot exceed casesHeard"));
        }
        if (f.decisionsChanged() > f.casesConcluded()) {
            errors.add(new org.yingsu.common.problem.Problem.FieldError("figures.decisionsChanged",
                    "cannot exceed casesConcluded"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static AppearanceRecord record(ResultSet row, String spoke, String leftEarly, String identity)
            throws SQLException {
        String status = row.getString(identity);
        return status == null ? null : new AppearanceRecord(row.getBoolean(spoke), row.getBoolean(leftEarly),
                IdentityStatus.valueOf(status));
    }
}
