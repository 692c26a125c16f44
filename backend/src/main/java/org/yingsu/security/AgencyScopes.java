package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yingsu.common.problem.ProblemException;

/** The agency an account or token is scoped to: required for AGENCY, meaningless (so refused) for the others. */
@ApplicationScoped
public class AgencyScopes {

    @Inject
    AgencyDirectory agencies;

    /** The id of the agency named, or null for a role not scoped by agency. */
    public Long agencyFor(Role role, String agencyCode) {
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
        return agencies.idOf(agencyCode.trim())
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code " + agencyCode));
    }

    public Optional<Long> idOf(String agencyCode) {
        return agencies.idOf(agencyCode.trim());
    }

    /** For AGENCY, its agency and every agency under it; the other roles are not scoped by agency (R9). */
    Set<Long> visibleTo(Caller caller) {
        return caller.role() != Role.AGENCY || caller.agencyId() == null ? Set.of()
                : agencies.withDescendants(caller.agencyId());
    }

    /** The code of an account's or token's agency, for the answer. */
    public String codeOf(Long agencyId) {
        return agencyId == null ? null : agencies.codesOf(List.of(agencyId)).get(agencyId);
    }

    /** The codes of the agencies of a page of accounts or tokens, in one query. */
    public Map<Long, String> codesOf(Collection<Long> agencyIds) {
        return agencies.codesOf(agencyIds.stream().filter(Objects::nonNull).distinct().toList());
    }
}
