package org.yingsu.litigation.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yingsu.common.http.ETags;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.cases.CaseService;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeResponse;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeUpdate;

/** 裁判结果: at most one per case, seen and changed with its case. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OutcomeService {

    @Inject
    OutcomeRepository outcomes;

    @Inject
    CaseService cases;

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
        } else {
            ETags.checkIfMatch(ifMatch, outcome.version);
        }
        outcome.result = body.result();
        outcome.concludedOn = body.concludedOn();
        outcome.coordinated = Boolean.TRUE.equals(body.coordinated());
        if (outcome.caseId == null) {
            outcomes.persist(outcome);
        }
        outcomes.flush();
        return OutcomeResponse.of(outcome);
    }

    public void deleteOutcome(long caseId) {
        cases.require(caseId);
        Outcome outcome = outcomes.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Outcome of case", caseId));
        outcomes.delete(outcome);
        outcomes.flush();
    }
}
