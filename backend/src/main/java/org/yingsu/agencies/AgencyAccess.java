package org.yingsu.agencies;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.CallerScope;
import org.yingsu.security.Scope;

/**
 * Who sees which agency and official (R9): the bureau and the court all of them (the court names them in what it
 * pushes), an agency itself and the agencies under it, a reader none. Features whose records belong to an agency
 * use the same predicate and restriction.
 */
@ApplicationScoped
public class AgencyAccess {

    @Inject
    CallerScope callers;

    @Inject
    AgencyRepository agencies;

    public Scope scope() {
        return callers.current();
    }

    /** The agency a request names in {@code agencyCode}; one the caller does not see is as unknown (422). */
    public Agency named(String code) {
        return agencies.findByCode(code).filter(this::sees)
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code " + code));
    }

    public boolean sees(Agency agency) {
        Scope scope = scope();
        return switch (scope.role()) {
            case ADMIN, COURT -> true;
            case AGENCY -> scope.agencyIds().contains(agency.id);
            case READER -> false;
        };
    }

    public boolean sees(Official official) {
        return sees(official.agency);
    }

    /** Adds to an HQL query over agencies (alias {@code a}, or the agency of what it lists) what the caller sees. */
    public void restrict(StringBuilder query, Parameters parameters, String a) {
        Scope scope = scope();
        switch (scope.role()) {
            case ADMIN, COURT -> { }
            case AGENCY -> scope.restrictToAgencies(query, parameters, a + ".id in " + Scope.agencies());
            case READER -> query.append(" and 1 = 0");
        }
    }
}
