package org.yingsu.litigation.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yingsu.common.http.ETags;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.cases.CaseService;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeResponse;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeUpdate;

/**
 * 裁判结果: at most one per case, seen and changed with its case. The figures count it per defendant with the duties
 * ({@code duty_outcome}), so each change recomputes its case's duties in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
public class OutcomeService {

    @Inject
    OutcomeRepository outcomes;

    @Inject
    CaseService cases;

    @Inject
    Instance<CoordinatedCases> coordination;

    public Optional<OutcomeResponse> findOutcome(long caseId) {
        cases.require(caseId);
        return outcomes.findByIdOptional(caseId).map(OutcomeResponse::of);
    }

    public OutcomeResponse putOutcome(long caseId, OutcomeUpdate body, String ifMatch) {
        LitigationCase c = cases.require(caseId);
        Outcome outcome = outcomes.findByIdOptional(caseId).orElse(null);
        if (outcome == null) {
            outcome = new Outcome();
            outcome.litigationCase = c;
        } else if (ifMatch == null || ifMatch.isBlank()) {
            // Only If-None-Match: * comes without If-Match (UpdatePreconditions): it asked to create.
            throw ProblemException.preconditionFailed("If-None-Match: * asks to record the first outcome, but case "
                    + caseId + " has one already (version \"" + outcome.version + "\"); send If-Match with its "
                    + "ETag to correct it. Nothing was changed.");
        } else {
            ETags.checkIfMatch(ifMatch, outcome.version);
        }
        outcome.result = body.result();
        outcome.concludedOn = body.concludedOn();
        outcome.coordinated = Boolean.TRUE.equals(body.coordinated())
                || coordination.stream().anyMatch(centre -> centre.resolvedByCoordination(caseId));
        if (outcome.caseId == null) {
            outcomes.persist(outcome);
        }
        outcomes.flush();
        return OutcomeResponse.of(outcome);
    }

    /** The centre resolved the case: its outcome, if the court has reported one, says so. */
    public boolean markCoordinated(long caseId) {
        return outcomes.findByIdOptional(caseId).map(o -> {
            o.coordinated = true;
            outcomes.flush();
            return true;
        }).orElse(false);
    }

    /** Whether the case has an outcome marked coordinated; null while the court has reported none. */
    public Boolean coordinated(long caseId) {
        return outcomes.findByIdOptional(caseId).map(o -> o.coordinated).orElse(null);
    }

    public void deleteOutcome(long caseId) {
        cases.require(caseId);
        Outcome outcome = outcomes.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Outcome of case", caseId));
        outcomes.delete(outcome);
        outcomes.flush();
    }
}
