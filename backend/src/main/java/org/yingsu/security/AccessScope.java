package org.yingsu.security;

import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.appearances.Appearance;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.delegations.Delegation;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.notices.Notice;
import org.yingsu.litigation.vocabulary.AppearanceSource;

/**
 * Object-level authorization (R9, OWASP API1) in one place. Services ask it whether the caller sees a record and
 * treat an invisible record exactly like an absent one (404, or the 422 a wrong reference gets), so that guessing
 * ids reveals nothing; lists add its conditions to their queries.
 *
 * <ul>
 * <li>ADMIN sees everything.</li>
 * <li>AGENCY sees its agency and the agencies under it, the cases they defend and those cases' hearings and
 * outcomes, and only the notices, appearances and delegations of those agencies (not a co-defendant's).</li>
 * <li>COURT sees every agency and official (it names them in what it pushes), and the cases the court side
 * created, with everything in them except delegations, which are between an agency and the bureau.</li>
 * <li>READER sees no records, only statistics.</li>
 * </ul>
 * Outside a request (start-up, demo data) the system acts and sees everything.
 */
@ApplicationScoped
public class AccessScope {

    private static final String AGENCIES_PARAMETER = "scopeAgencyIds";

    @Inject
    CurrentCaller currentCaller;

    public Scope current() {
        return Arc.container().requestContext().isActive() ? currentCaller.scope() : Scope.SYSTEM;
    }

    public Role role() {
        return current().role();
    }

    public boolean isAdmin() {
        return current().all();
    }

    /** Null outside a request. */
    public Caller caller() {
        return current().caller();
    }

    public Set<Long> visibleAgencyIds() {
        return current().agencyIds();
    }

    public boolean sees(Agency agency) {
        Scope scope = current();
        return switch (scope.role()) {
            case ADMIN, COURT -> true;
            case AGENCY -> scope.agencyIds().contains(agency.id);
            case READER -> false;
        };
    }

    /**
     * For records that belong to an agency and nothing else (figures, reports, warnings, recommendations): only an
     * AGENCY caller is limited, the other roles are kept out by their endpoints' roles where they must be.
     */
    public boolean seesAgencyId(long agencyId) {
        Scope scope = current();
        return scope.role() != Role.AGENCY || scope.agencyIds().contains(agencyId);
    }

    public boolean limitedToAgencies() {
        return current().role() == Role.AGENCY;
    }

    /**
     * For records an agency keeps with the bureau (delegations, recommendations, lost-case reports, and the documents
     * of its records): the bureau sees them all, an agency its own, nobody else any.
     */
    public boolean seesAgencyRecord(long agencyId) {
        Scope scope = current();
        return switch (scope.role()) {
            case ADMIN -> true;
            case AGENCY -> scope.agencyIds().contains(agencyId);
            case COURT, READER -> false;
        };
    }

    public boolean sees(Official official) {
        return sees(official.agency);
    }

    public boolean sees(LitigationCase litigationCase) {
        Scope scope = current();
        return switch (scope.role()) {
            case ADMIN -> true;
            case AGENCY -> litigationCase.defendants.stream().anyMatch(d -> scope.agencyIds().contains(d.id));
            case COURT -> Role.COURT.name().equals(litigationCase.originRole);
            case READER -> false;
        };
    }

    public boolean sees(Hearing hearing) {
        return sees(hearing.litigationCase);
    }

    public boolean sees(Notice notice) {
        return seesAgencyRecord(notice.agency, notice.hearing, true);
    }

    public boolean sees(Appearance appearance) {
        return seesAgencyRecord(appearance.agency, appearance.hearing, true);
    }

    public boolean sees(Delegation delegation) {
        return seesAgencyRecord(delegation.agency, delegation.hearing, false);
    }

    private boolean seesAgencyRecord(Agency agency, Hearing hearing, boolean courtSees) {
        Scope scope = current();
        return switch (scope.role()) {
            case ADMIN -> true;
            case AGENCY -> scope.agencyIds().contains(agency.id);
            case COURT -> courtSees && sees(hearing);
            case READER -> false;
        };
    }

    /** R10: each side corrects its own account of who appeared, never the other's. */
    public void requireChangeable(Appearance appearance) {
        if (appearance.source != appearanceSource() && !current().all()) {
            throw ProblemException.forbidden("This appearance was reported by the " + appearance.source
                    + " side; only that side or the bureau may change it");
        }
    }

    /** R10: the court's own records are COURT, everyone else's AGENCY. */
    public AppearanceSource appearanceSource() {
        return role() == Role.COURT ? AppearanceSource.COURT : AppearanceSource.AGENCY;
    }

    /** Adds to an HQL query over cases (alias {@code c}) the condition that the caller sees them. */
    public void restrictCases(StringBuilder query, Parameters parameters, String c) {
        Scope scope = current();
        switch (scope.role()) {
            case ADMIN -> { }
            case AGENCY -> restrictToAgencies(query, parameters, scope,
                    "exists (select 1 from " + c + ".defendants scopeDefendant where scopeDefendant.id in :"
                            + AGENCIES_PARAMETER + ")");
            case COURT -> query.append(" and ").append(c).append(".originRole = 'COURT'");
            case READER -> query.append(" and 1 = 0");
        }
    }

    /** For notices and appearances (agency alias {@code a}, case alias {@code c}). */
    public void restrictAgencyRecords(StringBuilder query, Parameters parameters, String a, String c) {
        restrictAgencyRecords(query, parameters, a, c, true);
    }

    /** For delegations, which the court does not see. */
    public void restrictDelegations(StringBuilder query, Parameters parameters, String a) {
        restrictAgencyRecords(query, parameters, a, null, false);
    }

    private void restrictAgencyRecords(StringBuilder query, Parameters parameters, String a, String c,
            boolean courtSees) {
        Scope scope = current();
        switch (scope.role()) {
            case ADMIN -> { }
            case AGENCY -> restrictToAgencies(query, parameters, scope, a + ".id in :" + AGENCIES_PARAMETER);
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

    /** For agencies (alias {@code a}) and officials (their agency's alias). */
    public void restrictAgencies(StringBuilder query, Parameters parameters, String a) {
        Scope scope = current();
        switch (scope.role()) {
            case ADMIN, COURT -> { }
            case AGENCY -> restrictToAgencies(query, parameters, scope, a + ".id in :" + AGENCIES_PARAMETER);
            case READER -> query.append(" and 1 = 0");
        }
    }

    private static void restrictToAgencies(StringBuilder query, Parameters parameters, Scope scope,
            String condition) {
        if (scope.agencyIds().isEmpty()) {
            query.append(" and 1 = 0");
            return;
        }
        query.append(" and ").append(condition);
        parameters.and(AGENCIES_PARAMETER, scope.agencyIds());
    }
}
