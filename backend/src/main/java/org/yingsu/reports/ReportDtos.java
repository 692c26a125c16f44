package org.yingsu.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.reports.MonthlyFigures.FigureDifference;

public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(name = "MonthlyReportDraft", description = "The month's figures as the system counts them, to start from")
    public record Draft(String agencyCode, String agencyName, int year, int month, MonthlyFigures figures,
            @Schema(description = "The latest submitted revision, if any") Integer latestRevision) {
    }

    @Schema(name = "MonthlyReportSubmit", description = "A comment is required when a figure departs from the system's")
    public record Submit(
            @NotBlank @Size(max = 64) String agencyCode,
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(12) Integer month,
            @NotNull @Valid MonthlyFigures figures,
            @Size(max = 4000) String comment) {
    }

    @Schema(name = "MonthlyReport")
    public record ReportResponse(long id, String agencyCode, String agencyName, int year, int month, int revision,
            MonthlyFigures figures, @Schema(nullable = true) String comment, OffsetDateTime submittedAt) {

        static ReportResponse of(MonthlyReport r) {
            return new ReportResponse(r.id, r.agency.code, r.agency.name, r.year, r.month, r.revision, r.figures(),
                    r.comment, Shanghai.local(r.submittedAt));
        }
    }

    @Schema(name = "ReconciliationAgency", description = "An agency's latest report against the system's figures")
    public record AgencyLine(String agencyCode, String agencyName, int revision, MonthlyFigures declared,
            MonthlyFigures system, List<FigureDifference> differences) {
    }

    @Schema(name = "ReconciliationMissing", description = "An agency that has not reported the month")
    public record Missing(String agencyCode, String agencyName) {
    }

    /** Why the agency's and the court's records of an appearance disagree. */
    public enum Disagreement {
        /** The court reports the official present; the agency recorded nothing. */
        COURT_ONLY,
        /** The agency recorded the official present; the court did not report them. */
        AGENCY_ONLY,
        /** Both recorded the official, differently (spoke, left early, identity proof). */
        DIFFERENT_DETAILS
    }

    @Schema(name = "AppearanceRecord")
    public record AppearanceRecord(boolean spoke, boolean leftEarly, IdentityStatus identityStatus) {
    }

    @Schema(name = "ReconciliationCase", description = "A disagreement between the agency's and the court's records")
    public record CaseLine(long caseId, String court, String caseNumber, long hearingId, OffsetDateTime scheduledAt,
            String agencyCode, String officialCode, String officialName, Disagreement disagreement,
            AppearanceRecord agencyRecord, AppearanceRecord courtRecord) {
    }

    @Schema(name = "Reconciliation", description = "与法院比对: a month's reports against the system and the court")
    public record Reconciliation(int year, int month, List<AgencyLine> agencies, List<Missing> notReported,
            List<CaseLine> cases) {
    }
}
