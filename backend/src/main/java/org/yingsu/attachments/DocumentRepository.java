package org.yingsu.attachments;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class DocumentRepository implements PanacheRepository<Document> {

    public List<Document> of(DocumentOwner ownerType, long ownerId) {
        return list("ownerType = ?1 and ownerId = ?2 order by id", ownerType, ownerId);
    }
}
