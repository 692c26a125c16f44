package org.yingsu.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yingsu.attachments.AgencyRecordOwner;
import org.yingsu.attachments.DocumentOwner;

/** The agency's written response to a recommendation and its papers. */
@ApplicationScoped
class RecommendationAttachments extends AgencyRecordOwner {

    @Inject
    RecommendationRepository recommendations;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.RECOMMENDATION;
    }

    @Override
    protected Optional<Long> agencyOf(long id) {
        return recommendations.findByIdOptional(id).map(record -> record.agency.id);
    }
}
