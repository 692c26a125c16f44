package org.yingsu.litigation.appearances;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yingsu.attachments.AgencyRecordOwner;
import org.yingsu.attachments.DocumentOwner;

/** An appearance's identity proof is the agency's, shown to the bureau; the court keeps its own. */
@ApplicationScoped
class AppearanceAttachments extends AgencyRecordOwner {

    @Inject
    AppearanceRepository appearances;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.APPEARANCE;
    }

    @Override
    protected Optional<Long> agencyOf(long id) {
        return appearances.findByIdOptional(id).map(record -> record.agency.id);
    }
}
