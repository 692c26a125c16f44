package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.common.problem.ProblemException;

/** The agency an account or token is scoped to: required for AGENCY, meaningless (so refused) for the others. */
@ApplicationScoped
public class AgencyScopes {

    @Inject
    AgencyRepository agencies;

    public Agency agencyFor(Role role, String agencyCode) {
        boolean given = agencyCode != null && !agencyCode.isBlank();
        if (role == Role.AGENCY && !given) {
            throw ProblemException.invalid("agencyCode", "is required for the AGENCY role");
        }
        if (role != Role.AGENCY && given) {
            throw ProblemException.invalid("agencyCode", "only the AGENCY role is scoped to an agency");
        }
        if (!given) {
            return null;
        }
        return agencies.findByCode(agencyCode.trim())
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code " + agencyCode));
    }
}
