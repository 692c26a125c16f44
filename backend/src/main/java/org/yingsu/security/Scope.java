package org.yingsu.security;

import io.quarkus.panache.common.Parameters;
import java.util.Set;

/**
 * What one caller may see (R9): their role, the agencies they see and who they are for the audit trail. The system
 * itself (start-up, demo data) has no caller and sees everything; an anonymous request sees nothing, like a READER.
 * Each feature decides from this who sees its records; the predicates here are those that depend on an agency
 * alone.
 */
public record Scope(Caller caller, Role role, Set<Long> agencyIds, String actor) {

    static final Scope SYSTEM = new Scope(null, Role.ADMIN, Set.of(), "system");
    static final Scope NOBODY = new Scope(null, Role.READER, Set.of(), "anonymous");
    private static final String AGENCIES_PARAMETER = "scopeAgencyIds";

    static Scope of(Caller caller, Set<Long> agencyIds) {
        return new Scope(caller, caller.role(), agencyIds, caller.getName());
    }

    /**
     * The one court whose cases a COURT caller pushes and reads; null when the caller is not limited to one (the
     * other roles, and COURT tokens made before tokens had a court).
     */
    public String court() {
        return role == Role.COURT && caller != null ? caller.court() : null;
    }

    /** The bureau: everything, across agencies. */
    public boolean all() {
        return role == Role.ADMIN;
    }

    public boolean limitedToAgencies() {
        return role == Role.AGENCY;
    }

    /**
     * For what belongs to an agency and nothing else (figures, reports, warnings): only an AGENCY caller is limited;
     * the other roles are kept out by their endpoints' roles where they must be.
     */
    public boolean seesAgencyId(long agencyId) {
        return role != Role.AGENCY || agencyIds.contains(agencyId);
    }

    /**
     * For records an agency keeps with the bureau (delegations, recommendations, lost-case reports, the documents of
     * its records): the bureau sees them all, an agency its own, nobody else any.
     */
    public boolean seesAgencyRecord(long agencyId) {
        return switch (role) {
            case ADMIN -> true;
            case AGENCY -> agencyIds.contains(agencyId);
            case COURT, READER -> false;
        };
    }

    /**
     * Adds {@code condition} to an HQL query for an AGENCY caller: it names the caller's agencies as
     * {@code :scopeAgencyIds} (see {@link #agencies()}). A caller who sees no agency gets nothing.
     */
    public void restrictToAgencies(StringBuilder query, Parameters parameters, String condition) {
        if (agencyIds.isEmpty()) {
            query.append(" and 1 = 0");
            return;
        }
        query.append(" and ").append(condition);
        parameters.and(AGENCIES_PARAMETER, agencyIds);
    }

    /** The parameter that holds the caller's agencies in a condition given to {@link #restrictToAgencies}. */
    public static String agencies() {
        return ":" + AGENCIES_PARAMETER;
    }
}
