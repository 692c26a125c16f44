package org.yingsu.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.metrics.ComplianceFigures;

/** The figures a monthly report declares; the same names as the compliance figures (docs/domain.md §4). */
@Schema(name = "MonthlyFigures")
public record MonthlyFigures(
        @Min(0) @Max(1_000_000) int noticesReceived,
        @Min(0) @Max(1_000_000) int noticesAttendedByHead,
        @Min(0) @Max(1_000_000) int casesHeard,
        @Min(0) @Max(1_000_000) int casesHeardWithHead,
        @Min(0) @Max(1_000_000) int casesConcluded,
        @Min(0) @Max(1_000_000) int decisionsChanged) {

    static MonthlyFigures of(ComplianceFigures f) {
        return new MonthlyFigures((int) f.noticesReceived(), (int) f.noticesAttendedByHead(), (int) f.casesHeard(),
                (int) f.casesHeardWithHead(), (int) f.casesConcluded(), (int) f.decisionsChanged());
    }

    /** One line per figure that differs: the name, this value and the other. */
    List<FigureDifference> differencesFrom(MonthlyFigures other) {
        List<FigureDifference> differences = new ArrayList<>();
        compare(differences, "noticesReceived", noticesReceived, other.noticesReceived);
        compare(differences, "noticesAttendedByHead", noticesAttendedByHead, other.noticesAttendedByHead);
        compare(differences, "casesHeard", casesHeard, other.casesHeard);
        compare(differences, "casesHeardWithHead", casesHeardWithHead, other.casesHeardWithHead);
        compare(differences, "casesConcluded", casesConcluded, other.casesConcluded);
        compare(differences, "decisionsChanged", decisionsChanged, other.decisionsChanged);
        return differences;
    }

    private static void compare(List<FigureDifference> into, String figure, int declared, int system) {
        if (declared != system) {
            into.add(new FigureDifference(figure, declared, system));
        }
    }

    @Schema(name = "FigureDifference", description = "A declared figure that is not what the system counts")
    public record FigureDifference(String figure, int declared, int system) {
    }
}
