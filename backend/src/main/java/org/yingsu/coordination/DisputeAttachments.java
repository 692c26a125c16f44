package org.yingsu.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yingsu.attachments.AttachmentOwner;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.security.CallerScope;

/**
 * A dispute's papers (the agreement, the court's letter of entrustment, minutes): the centre's, so only the bureau adds
 * or removes them, until the dispute is closed; the agencies involved read them.
 */
@ApplicationScoped
class DisputeAttachments implements AttachmentOwner {

    @Inject
    DisputeRepository disputes;

    @Inject
    DisputeService service;

    @Inject
    CallerScope callers;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.DISPUTE;
    }

    @Override
    public Set<Long> agencies(long id) {
        return disputes.findByIdOptional(id).map(d -> d.agencies.stream().map(a -> a.id).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    public boolean sees(long id) {
        return service.visible(id).isPresent();
    }

    @Override
    public Optional<String> frozen(long id) {
        if (!callers.current().all()) {
            return Optional.of("Only the bureau attaches documents to a dispute");
        }
        return disputes.findByIdOptional(id).filter(d -> !d.status.open())
                .map(d -> "Dispute " + d.number + " is " + d.status + "; its documents can no longer be added or "
                        + "removed");
    }
}
