package org.yingsu.lostcases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.TrialLevel;

final class LostCaseDtos {

    private LostCaseDtos() {
    }

    @Schema(name = "LostCaseDraft", description = "The agency's summary as written so far; saving it creates the report"
            + " to which the judgment is attached")
    public record LostCaseDraft(@Size(max = 20000) String summary) {
    }

    @Schema(name = "LostCaseSubmission")
    public record LostCaseSubmission(
            @NotBlank @Size(max = 20000) @Schema(description = "The written summary: what the case was about, why the"
                    + " decision was changed, what the agency does about it (at least "
                    + LostCaseReport.MINIMUM_SUMMARY_LENGTH + " characters)") String summary) {
    }

    @Schema(name = "GuidanceOpinion", description = "指导意见: the bureau's answer to a filed report")
    public record GuidanceOpinion(@NotBlank @Size(max = 20000) String guidance) {
    }

    @Schema(name = "LostCaseReport", description = "One lost case of one defendant agency and its report")
    public record LostCaseReportResponse(long caseId, String court, String caseNumber, TrialLevel trialLevel,
            @Schema(nullable = true) String causeOfAction, String agencyCode, String agencyName, OutcomeResult result,
            LocalDate concludedOn,
            @Schema(description = "The report is due by this date (concludedOn plus the configured days)")
            LocalDate dueOn, LostCaseStatus status,
            @Schema(description = "Not filed and past its due date (Asia/Shanghai)") boolean overdue,
            @Schema(description = "Filed after its due date") boolean late,
            @Schema(description = "The report's id once the agency has written anything: documents attach to it")
            Long reportId, @Schema(nullable = true) String summary, @Schema(nullable = true) LocalDate submittedOn,
            @Schema(nullable = true) String submittedBy, @Schema(nullable = true) String guidance,
            @Schema(nullable = true) LocalDate answeredOn, @Schema(nullable = true) String answeredBy,
            @Schema(description = "The ETag: 0 while nothing is written") long version) {
    }
}
