package org.yingsu.metrics;

import java.time.LocalDate;
import java.util.List;
import org.yingsu.common.database.Sql;
import org.yingsu.metrics.ComplianceRepository.Bucket;

/**
 * The endpoint's counting statement with its sums per agency and month replaced by sums over the stored duties,
 * per-hearing figures and outcomes row by row ({@code duty-counts.sql}): what the sums per month must always equal,
 * and what the scale benchmark prints as the duty-table aggregate.
 */
final class DutyTableCounts {

    private DutyTableCounts() {
    }

    static Sql.Bound statement(List<Bucket> buckets, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, List<String> decisionChangedResults, LocalDate identityOverdueBefore) {
        String counts = Sql.load(ComplianceRepository.class, "compliance.sql", "counts");
        int from = counts.indexOf(", counted as (");
        int to = counts.indexOf("    union all\n", from);
        String body = Sql.load(DutyTableCounts.class, "duty-counts.sql", "branches");
        return ComplianceRepository.bind(body.trim() + "\n" + counts.substring(to), buckets, level, agencyId,
                mandatoryCategories, decisionChangedResults, identityOverdueBefore);
    }
}
