package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Logins and logouts change no domain table, so they are written to the audit trail here, not by a trigger. */
@ApplicationScoped
public class AuditWriter {

    @Inject
    EntityManager entityManager;

    /** Within the caller's transaction. */
    void sessionEvent(String action, String actor, long sessionId, String username) {
        entityManager.createNativeQuery("insert into audit_log (transaction_id, actor, action, entity, entity_id,"
                        + " natural_key) values (pg_current_xact_id()::text::bigint, ?1, ?2, 'session', ?3, ?4)")
                .setParameter(1, actor).setParameter(2, action).setParameter(3, Long.toString(sessionId))
                .setParameter(4, username).executeUpdate();
    }
}
