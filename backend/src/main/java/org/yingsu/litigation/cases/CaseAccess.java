package org.yingsu.litigation.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.CallerScope;
import org.yingsu.security.Role;
import org.yingsu.security.Scope;

/**
 * Who sees a case and what is recorded in it (R9):
 * <ul>
 * <li>ADMIN everything;</li>
 * <li>AGENCY the cases its agencies defend, with their hearings and outcomes, and only its own agencies' notices,
 * appearances and delegations (not a co-defendant's);</li>
 * <li>COURT the cases the court side created for its own court (a COURT token names its court), with everything
 * in them except delegations, which are between an agency and the bureau;</li>
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
            case COURT -> Role.COURT.name().equals(litigationCase.originRole)
                    && (scope.court() == null || scope.court().equals(litigationCase.court));
            case READER -> false;
        };
    }

    /**
     * A COURT caller pushes only its own court's cases ({@code field} names where the court was given). Whether such
     * a case exists is never consulted, so the refusal tells nothing about other courts' cases.
     */
    public void requireOwnCourt(String court, String field) {
        String own = scope().court();
        if (own != null && (court == null || !own.equals(court.trim()))) {
            throw ProblemException.forbidden(field + ": this token pushes the cases of " + own + " only");
        }
    }

    /**
     * A case of the court's own, entered by the bureau (from a ledger or by hand), is the bureau's record: the court
     * does not overwrite it. The court knows its own case numbers, so saying that the bureau holds it tells nothing
     * more.
     */
    public void requireCourtOrigin(String originRole, String field) {
        if (scope().role() == Role.COURT && !Role.COURT.name().equals(originRole)) {
            throw ProblemException.conflict(field + ": the bureau has entered this case; ask the bureau to change it");
        }
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
            case COURT -> {
                query.append(" and ").append(c).append(".originRole = 'COURT'");
                if (scope.court() != null) {
                    query.append(" and ").append(c).append(".court = :scopeCourt");
                    parameters.and("scopeCourt", scope.court());
                }
            }
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
