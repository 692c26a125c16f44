package org.yingsu.litigation.rules;

import java.util.List;

/**
 * R10: the court and the agency each report who appeared; for one defendant at one hearing, where the court reported
 * anyone, only the court's records count.
 */
public final class SourcePrecedence {

    private SourcePrecedence() {
    }

    public static List<Duties.AppearanceFact> counted(List<Duties.AppearanceFact> appearances, long agencyId) {
        List<Duties.AppearanceFact> forAgency = appearances.stream().filter(a -> a.agencyId() == agencyId).toList();
        boolean courtReported = forAgency.stream().anyMatch(Duties.AppearanceFact::byCourt);
        return courtReported ? forAgency.stream().filter(Duties.AppearanceFact::byCourt).toList() : forAgency;
    }
}
