package org.yingsu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.yingsu.security.LoginFailure;
import org.yingsu.security.SessionEvent;

/**
 * Logins, logouts and failed logins change no domain table, so they are written to the audit trail here, not by a
 * trigger.
 */
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

    /**
     * Within the transaction that counts the failure. The actor is the address the attempt came from: nobody is
     * known yet. The password is never recorded.
     */
    void loginFailure(@Observes LoginFailure failure) {
        entityManager.createNativeQuery("insert into audit_log (transaction_id, actor, action, entity, entity_id,"
                        + " natural_key, after) values (pg_current_xact_id()::text::bigint, ?1, 'LOGIN_FAILED',"
                        + " 'login', ?2, ?2,"
                        + " jsonb_build_object('username', cast(?2 as text), 'address', cast(?3 as text),"
                        + " 'reason', cast(?4 as text)))")
                .setParameter(1, "address:" + failure.address()).setParameter(2, failure.username())
                .setParameter(3, failure.address()).setParameter(4, failure.reason().name()).executeUpdate();
    }
}
