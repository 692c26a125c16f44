package org.yingsu.metrics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of a period for every agency asked for, and for the groups (docs/domain.md §4, §5). */
@Schema(name = "ComplianceReport")
public record ComplianceReport(
        int year,
        @Schema(description = "The year, quarter or month: 2022, 2022-Q1 or 2022-03", example = "2022") String period,
        @Schema(description = "First day of the period (Asia/Shanghai)") LocalDate periodStart,
        @Schema(description = "Last day of the period (Asia/Shanghai)") LocalDate periodEnd,
        TrialLevelFilter trialLevel,
        @Schema(description = "The appearance rate every agency must reach", example = "0.9") double threshold,
        List<ComplianceFigures> agencies,
        List<ComplianceFigures> groups) {
}
