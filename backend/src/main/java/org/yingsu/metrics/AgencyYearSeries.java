package org.yingsu.metrics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;

/** One agency's figures year by year, each with its change against the year before. */
@Schema(name = "AgencyYearSeries")
public record AgencyYearSeries(String agencyCode, String agencyName, AgencyKind agencyKind, int from, int to,
        TrialLevelFilter trialLevel, double threshold, List<AgencyYear> years) {

    @Schema(name = "AgencyYear")
    public record AgencyYear(int year, ComplianceFigures figures) {
    }
}
