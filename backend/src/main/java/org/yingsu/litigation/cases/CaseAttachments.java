package org.yingsu.litigation.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.yingsu.attachments.AttachmentOwner;
import org.yingsu.attachments.DocumentOwner;

/** A case's documents (the judgment, evidence) belong to its defendants and are seen with the case. */
@ApplicationScoped
class CaseAttachments implements AttachmentOwner {

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.CASE;
    }

    @Override
    public Set<Long> agencies(long id) {
        return cases.findByIdOptional(id).map(c -> c.defendants.stream().map(a -> a.id).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    public boolean sees(long id) {
        return access.scope().all() || cases.findByIdOptional(id).filter(access::sees).isPresent();
    }
}
