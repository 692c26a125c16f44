package org.yingsu.attachments;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class DocumentRepository implements PanacheRepository<Document> {

    public List<Document> of(DocumentOwner ownerType, long ownerId) {
        return list("ownerType = ?1 and ownerId = ?2 order by id", ownerType, ownerId);
    }

    /** Which of these records have a document of one of these kinds: one query for a page of records. */
    Set<Long> ownersWith(DocumentOwner ownerType, Collection<Long> ownerIds, Collection<DocumentKind> kinds) {
        if (ownerIds.isEmpty() || kinds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("select distinct d.ownerId from Document d "
                + "where d.ownerType = ?1 and d.ownerId in ?2 and d.kind in ?3", Long.class)
                .setParameter(1, ownerType).setParameter(2, ownerIds).setParameter(3, kinds).getResultList());
    }
}
