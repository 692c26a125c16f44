package org.yingsu.warnings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.cases.CaseRules;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.warnings.WarningDtos.ConfirmationRequest;
import org.yingsu.warnings.WarningDtos.ConfirmationResponse;

@ApplicationScoped
@Transactional
public class ConfirmationService {

    @Inject
    HeadConfirmationRepository confirmations;

    @Inject
    HearingRepository hearings;

    @Inject
    OfficialRepository officials;

    @Inject
    AgencyAccess access;

    public List<ConfirmationResponse> list(Long hearingId, String agencyCode) {
        return confirmations.search(hearingId, agencyCode).stream().filter(c -> access.sees(c.agency))
                .map(ConfirmationResponse::of).toList();
    }

    /** Names (or renames) the head who will appear; only a head of that agency on the hearing's date qualifies. */
    public ConfirmationResponse confirm(ConfirmationRequest body) {
        Hearing hearing = hearings.named(body.hearingId());
        if (hearing.status != HearingStatus.SCHEDULED) {
            throw ProblemException.ruleBroken("hearingId", "the hearing is " + hearing.status
                    + "; a head is confirmed only for a scheduled hearing");
        }
        Agency agency = access.named(body.agencyCode());
        CaseRules.requireDefendant(hearing.litigationCase, agency, "agencyCode");
        Official official = officials.findByCode(body.officialCode())
                .orElseThrow(() -> ProblemException.ruleBroken("officialCode", "no official has the code "
                        + body.officialCode()));
        if (!official.agency.id.equals(agency.id) || !CaseRules.post(official).headOn(hearing.date())) {
            throw ProblemException.ruleBroken("officialCode", official.name + " is not a head of " + agency.name
                    + " on " + hearing.date());
        }
        HeadConfirmation confirmation = confirmations.find(hearing.id, agency.id).orElseGet(HeadConfirmation::new);
        confirmation.hearing = hearing;
        confirmation.agency = agency;
        confirmation.official = official;
        if (confirmation.id == null) {
            confirmations.persist(confirmation);
        }
        confirmations.flush();
        return ConfirmationResponse.of(confirmation);
    }

    public void withdraw(long id) {
        confirmations.delete(confirmations.findByIdOptional(id).filter(c -> access.sees(c.agency))
                .orElseThrow(() -> ProblemException.notFound("Confirmation", id)));
        confirmations.flush();
    }
}
