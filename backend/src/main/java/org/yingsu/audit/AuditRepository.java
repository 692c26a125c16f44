package org.yingsu.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AuditRepository implements PanacheRepository<AuditEntry> {
}
