package org.yingsu.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.yingsu.attachments.AttachmentOwner;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.security.CallerScope;

/**
 * The evidence sent with a referral and the body's reply. They are the bureau's papers: the agency reads those of its
 * sent referrals, never a draft's, and only the bureau adds or removes them, until the referral is closed.
 */
@ApplicationScoped
class ReferralAttachments implements AttachmentOwner {

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralService service;

    @Inject
    CallerScope callers;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.REFERRAL;
    }

    @Override
    public Set<Long> agencies(long id) {
        return referrals.findByIdOptional(id).map(r -> Set.of(r.agency.id)).orElse(Set.of());
    }

    @Override
    public boolean sees(long id) {
        return service.visible(id).isPresent();
    }

    @Override
    public Optional<String> frozen(long id) {
        if (!callers.current().all()) {
            return Optional.of("Only the bureau attaches documents to a referral");
        }
        return referrals.findByIdOptional(id)
                .filter(r -> r.status == ReferralStatus.ANSWERED || r.status == ReferralStatus.WITHDRAWN)
                .map(r -> "Referral " + id + " is " + r.status + "; its documents can no longer be added or removed");
    }
}
