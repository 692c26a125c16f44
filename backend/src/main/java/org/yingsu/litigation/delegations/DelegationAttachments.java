package org.yingsu.litigation.delegations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yingsu.attachments.AgencyRecordOwner;
import org.yingsu.attachments.DocumentOwner;

/** The delegation letter and evidence are between the agency and the bureau, like the delegation itself. */
@ApplicationScoped
class DelegationAttachments extends AgencyRecordOwner {

    @Inject
    DelegationRepository delegations;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.DELEGATION;
    }

    @Override
    protected Optional<Long> agencyOf(long id) {
        return delegations.findByIdOptional(id).map(record -> record.agency.id);
    }
}
