package org.yingsu.litigation.delegations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.attachments.DocumentService;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationResponse;
import org.yingsu.litigation.rules.DelegationRules;

/**
 * Whether a delegation has its papers ({@link DelegationRules#PAPERS}) attached, so that a delegation answers with it
 * and the review queue can say before the click that approving needs them.
 */
@ApplicationScoped
public class DelegationPapers {

    @Inject
    DocumentService documents;

    boolean attached(long delegationId) {
        return !documents.ownersWithAttached(DocumentOwner.DELEGATION, List.of(delegationId), DelegationRules.PAPERS)
                .isEmpty();
    }

    DelegationResponse respond(Delegation delegation) {
        return DelegationResponse.of(delegation, attached(delegation.id));
    }

    /** One query for the papers of the whole list. */
    public List<DelegationResponse> respond(List<Delegation> list) {
        Set<Long> withPapers = documents.ownersWithAttached(DocumentOwner.DELEGATION,
                list.stream().map(d -> d.id).toList(), DelegationRules.PAPERS);
        return list.stream().map(d -> DelegationResponse.of(d, withPapers.contains(d.id))).toList();
    }
}
