package org.yingsu.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What authentication needs to know of agencies, provided by the agencies module: security itself imports no
 * feature, so the agency hierarchy is asked for through this.
 */
public interface AgencyDirectory {

    /** The agency and every agency under it, at any depth: what an AGENCY caller of that agency sees (R9). */
    Set<Long> withDescendants(long agencyId);

    Optional<Long> idOf(String code);

    /** The codes of the agencies that exist among {@code ids}. */
    Map<Long, String> codesOf(Collection<Long> ids);
}
