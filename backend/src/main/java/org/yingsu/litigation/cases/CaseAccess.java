package org.yingsu.litigation.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yingsu.security.CallerScope;
import org.yingsu.security.Role;
import org.yingsu.security.Scope;

/**
 * Who sees a case and what is recorded in it (R9):
 * <ul>
 * <li>ADMIN everything;</li>
 * <li>AGENCY the cases its agencies defend, with their hearings and outcomes, and only its own agencies' notices,
 * appearances and delegations (not a co-defendant's);</li>
 * <li>COURT the cases the court side created, with everything in them except delegations, which are between an
 * agency and the bureau;</li>
 * <li>READER nothing (statistics only).</li>
 * </ul>
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CallerScope callers;

    public Scope scope() {
        return callers.current();
    }

    public boolean sees(LitigationCase litigationCase) {
        Scope scope = scope();
        return switch (scope.role()) {
            case ADMIN -> true;
            case AGENCY -> litigationCase.defendants.stream().anyMatch(d -> scope.agencyIds().contains(d.id));
            case COURT -> Role.COURT.name().equals(litigationCase.originRole);
            case READER -> false;
        };
    }

    /**
     * A record one agency made in a case: notices and appearances ({@code courtSees}), delegations (not).
     */
    public boolean seesRecord(long agencyId, LitigationCase litigationCase, boolean courtSees) {
        Scope scope = scope();
        return switch (scope.role()) {
            case ADMIN -> true;
            case AGENCY -> scope.agencyIds().contains(agencyId);
            case COURT -> courtSees && sees(litigationCase);
            case READER -> false;
        };
    }

    /** Adds to an HQL query over cases (alias {@code c}) the condition that the caller sees them. */
    public void restrictCases(StringBuilder query, Parameters parameters, String c) {
        Scope scope = scope();
        switch (scope.role()) {
            case ADMIN -> { }
            case AGENCY -> scope.restrictToAgencies(query, parameters, "exists (select 1 from " + c
                    + ".defendants scopeDefendant where scopeDefendant.id in " + Scope.agencies() + ")");
            case COURT -> query.append(" and ").append(c).append(".originRole = 'COURT'");
            case READER -> query.append(" and 1 = 0");
        }
    }

    /**
     * Adds the condition for records one agency made in a case (agency alias {@code a}, case alias {@code c}, which
     * delegations, unseen by the court, do not need).
     */
    public void restrictRecords(StringBuilder query, Parameters parameters, String a, String c, boolean courtSees) {
        Scope scope = scope();
        switch (scope.role()) {
            case ADMIN -> { }
            case AGENCY -> scope.restrictToAgencies(query, parameters, a + ".id in " + Scope.agencies());
            case COURT -> {
                if (courtSees) {
                    restrictCases(query, parameters, c);
                } else {
                    query.append(" and 1 = 0");
                }
            }
            case READER -> query.append(" and 1 = 0");
        }
    }
}
