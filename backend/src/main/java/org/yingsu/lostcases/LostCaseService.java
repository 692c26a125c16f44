package org.yingsu.lostcases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.attachments.DocumentKind;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.attachments.DocumentService;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.outcomes.Outcome;
import org.yingsu.lostcases.LostCaseDtos.GuidanceOpinion;
import org.yingsu.lostcases.LostCaseDtos.LostCaseDraft;
import org.yingsu.lostcases.LostCaseDtos.LostCaseReportResponse;
import org.yingsu.lostcases.LostCaseDtos.LostCaseSubmission;
import org.yingsu.metrics.MetricsConfig;
import org.yingsu.security.Caller;

/**
 * 败诉案件报告. The tasks are read from the outcomes every time: each (case, defendant) whose outcome's result is in
 * the configured decision-changed set, joined with the report the agency wrote, if any. So a task exists however the
 * outcome arrived, and follows a corrected outcome or a changed configuration; only a report already filed stays
 * listed after its outcome stops counting as lost, because what was filed and answered is kept.
 */
@ApplicationScoped
@Transactional
class LostCaseService {

    private static final String FROM = " from Outcome o join o.litigationCase c join c.defendants a"
            + " left join LostCaseReport r on r.litigationCase = c and r.agency = a"
            + " where (o.result in :changed or r.status in :filed)";

    /** One task: the case's outcome, the defendant agency, and what it wrote (null until it writes). */
    private record Task(Outcome outcome, Agency agency, LostCaseReport report) {

        LostCaseStatus status() {
            return report == null ? LostCaseStatus.DUE : report.status;
        }

        /** Absent and new reports must not share an ETag, or a stale read could overwrite a fresh draft. */
        long version() {
            return report == null ? 0 : report.version + 1;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    LostCaseReportRepository reports;

    @Inject
    DocumentService documents;

    @Inject
    MetricsConfig metrics;

    @Inject
    LostCaseConfig config;

    @Inject
    AgencyAccess access;

    @Inject
    Clock clock;

    public PageResult<LostCaseReportResponse> list(String agencyCode, Integer year, LostCaseStatus status,
            Boolean overdue, Paging paging) {
        LocalDate today = Shanghai.today(clock);
        StringBuilder where = new StringBuilder(FROM);
        Parameters parameters = baseParameters();
        if (agencyCode != null) {
            where.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        if (year != null) {
            where.append(" and o.concludedOn >= :yearStart and o.concludedOn < :nextYearStart");
            parameters.and("yearStart", LocalDate.of(year, 1, 1)).and("nextYearStart", LocalDate.of(year + 1, 1, 1));
        }
        if (status == LostCaseStatus.DUE) {
            where.append(" and (r is null or r.status = :due)");
            parameters.and("due", LostCaseStatus.DUE);
        } else if (status != null) {
            where.append(" and r.status = :status");
            parameters.and("status", status);
        }
        if (overdue != null) {
            // Overdue: not filed and the due date (concludedOn + days) is before today.
            String isOverdue = "((r is null or r.status = :unfiled) and o.concludedOn < :lastOnTime)";
            where.append(overdue ? " and " + isOverdue : " and not " + isOverdue);
            parameters.and("unfiled", LostCaseStatus.DUE).and("lastOnTime", today.minusDays(reportDays()));
        }
        access.restrict(where, parameters, "a");
        Query select = em.createQuery("select o, a, r" + where + " order by o.concludedOn desc, c.caseNumber, a.code");
        Query count = em.createQuery("select count(*)" + where);
        parameters.map().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList();
        List<LostCaseReportResponse> items = rows.stream()
                .map(row -> response(new Task((Outcome) row[0], (Agency) row[1], (LostCaseReport) row[2]), today))
                .toList();
        return new PageResult<>(items, paging.page, paging.size, ((Number) count.getSingleResult()).longValue());
    }

    public Optional<LostCaseReportResponse> find(long caseId, String agencyCode) {
        return task(caseId, agencyCode).map(task -> response(task, Shanghai.today(clock)));
    }

    /** The agency writes before it files; the first save creates the report, to which the judgment is attached. */
    public LostCaseReportResponse saveDraft(long caseId, String agencyCode, LostCaseDraft body, String ifMatch) {
        Task task = requireChangeable(caseId, agencyCode, ifMatch);
        LostCaseReport report = task.report() != null ? task.report() : newReport(task);
        report.summary = body.summary() == null || body.summary().isBlank() ? null : body.summary().strip();
        if (report.id == null) {
            reports.persist(report);
        }
        reports.flush();
        return response(new Task(task.outcome(), task.agency(), report), Shanghai.today(clock));
    }

    /** Files the report: a real summary, with the court's effective judgment attached. It cannot be withdrawn. */
    public LostCaseReportResponse submit(long caseId, String agencyCode, LostCaseSubmission body, String ifMatch) {
        Task task = requireChangeable(caseId, agencyCode, ifMatch);
        String summary = body.summary().strip();
        if (summary.length() < LostCaseReport.MINIMUM_SUMMARY_LENGTH
                || summary.codePoints().filter(ch -> !Character.isWhitespace(ch)).distinct().count() < 10) {
            throw ProblemException.invalid("summary", "must be a written summary of the case, why the decision was "
                    + "changed and what the agency does about it: at least " + LostCaseReport.MINIMUM_SUMMARY_LENGTH
                    + " characters (this one has " + summary.length() + ")");
        }
        if (task.report() == null
                || !documents.hasAttached(DocumentOwner.LOST_CASE_REPORT, task.report().id, DocumentKind.JUDGMENT)) {
            throw ProblemException.ruleBroken("judgment", "attach the court's effective judgment (a document of kind "
                    + "JUDGMENT on the report) before filing it");
        }
        LostCaseReport report = task.report();
        report.summary = summary;
        report.status = LostCaseStatus.SUBMITTED;
        report.submittedOn = Shanghai.today(clock);
        report.submittedBy = actor();
        reports.flush();
        return response(task, report.submittedOn);
    }

    /** The bureau's guidance opinion (指导意见) on a filed report; given once. */
    public LostCaseReportResponse answer(long caseId, String agencyCode, GuidanceOpinion body, String ifMatch) {
        Task task = require(caseId, agencyCode);
        ETags.checkIfMatch(ifMatch, task.version());
        if (task.status() != LostCaseStatus.SUBMITTED) {
            throw ProblemException.conflict("The report of " + task.agency().name + " on case "
                    + task.outcome().litigationCase.caseNumber + " is " + task.status()
                    + "; a guidance opinion answers a submitted report only");
        }
        LostCaseReport report = task.report();
        report.guidance = body.guidance().strip();
        report.status = LostCaseStatus.ANSWERED;
        report.answeredOn = Shanghai.today(clock);
        report.answeredBy = actor();
        reports.flush();
        return response(task, report.answeredOn);
    }

    private Task requireChangeable(long caseId, String agencyCode, String ifMatch) {
        Task task = require(caseId, agencyCode);
        ETags.checkIfMatch(ifMatch, task.version());
        if (task.status() != LostCaseStatus.DUE) {
            throw ProblemException.conflict("The report of " + task.agency().name + " on case "
                    + task.outcome().litigationCase.caseNumber + " was already " + task.status());
        }
        return task;
    }

    private static LostCaseReport newReport(Task task) {
        LostCaseReport report = new LostCaseReport();
        report.litigationCase = task.outcome().litigationCase;
        report.agency = task.agency();
        return report;
    }

    private Task require(long caseId, String agencyCode) {
        return task(caseId, agencyCode)
                .orElseThrow(() -> ProblemException.notFound("Lost case", caseId + "/" + agencyCode));
    }

    /** R9: another agency's task is absent, exactly like one that does not exist. */
    private Optional<Task> task(long caseId, String agencyCode) {
        StringBuilder where = new StringBuilder(FROM + " and c.id = :caseId and a.code = :agencyCode");
        Parameters parameters = baseParameters().and("caseId", caseId).and("agencyCode", agencyCode);
        access.restrict(where, parameters, "a");
        Query query = em.createQuery("select o, a, r" + where);
        parameters.map().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst()
                .map(row -> new Task((Outcome) row[0], (Agency) row[1], (LostCaseReport) row[2]));
    }

    private Parameters baseParameters() {
        return Parameters.with("changed", List.copyOf(metrics.decisionChangedResults()))
                .and("filed", List.of(LostCaseStatus.SUBMITTED, LostCaseStatus.ANSWERED));
    }

    private int reportDays() {
        return config.reportDays();
    }

    private String actor() {
        Caller caller = access.scope().caller();
        return caller == null ? "system" : caller.displayName();
    }

    private LostCaseReportResponse response(Task task, LocalDate today) {
        Outcome o = task.outcome();
        LostCaseReport r = task.report();
        LocalDate dueOn = o.concludedOn.plusDays(reportDays());
        LostCaseStatus status = task.status();
        boolean overdue = status == LostCaseStatus.DUE && today.isAfter(dueOn);
        boolean late = r != null && r.submittedOn != null && r.submittedOn.isAfter(dueOn);
        return new LostCaseReportResponse(o.litigationCase.id, o.litigationCase.court, o.litigationCase.caseNumber,
                o.litigationCase.trialLevel, o.litigationCase.causeOfAction, task.agency().code, task.agency().name,
                o.result, o.concludedOn, dueOn, status, overdue, late, r == null ? null : r.id,
                r == null ? null : r.summary, r == null ? null : r.submittedOn, r == null ? null : r.submittedBy,
                r == null ? null : r.guidance, r == null ? null : r.answeredOn, r == null ? null : r.answeredBy,
                task.version());
    }
}
