package org.yingsu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.yingsu.security.SessionEvent;

/** Logins and logouts change no domain table, so they are written to the audit trail here, not by a trigger. */
@ApplicationScoped
class AuditWriter {

    @Inject
    EntityManager entityManager;

    /** Within the transaction of the login or logout. */
    void sessionEvent(@Observes SessionEvent event) {
        entityManager.createNativeQuery("insert into audit_log (transaction_id, actor, action, entity, entity_id,"
                        + " natural_key) values (pg_current_xact_id()::text::bigint, ?1, ?2, 'session', ?3, ?4)")
                .setParameter(1, event.actor()).setParameter(2, event.action())
                .setParameter(3, Long.toString(event.sessionId())).setParameter(4, event.username()).executeUpdate();
    }
}
