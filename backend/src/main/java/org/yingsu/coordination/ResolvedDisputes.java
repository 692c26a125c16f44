package org.yingsu.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yingsu.litigation.outcomes.CoordinatedCases;

/** Litigation asks, when the court reports an outcome, whether the centre resolved the case. */
@ApplicationScoped
class ResolvedDisputes implements CoordinatedCases {

    @Inject
    DisputeRepository disputes;

    @Override
    public boolean resolvedByCoordination(long caseId) {
        return disputes.count("litigationCase.id = ?1 and status = ?2", caseId, DisputeStatus.RESOLVED) > 0;
    }
}
