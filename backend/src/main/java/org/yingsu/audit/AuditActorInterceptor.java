package org.yingsu.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs just inside the transaction interceptors (priority 200) of {@code REQUIRED} and {@code REQUIRES_NEW}
 * methods, once per transaction: the pool hands the transaction's one connection to Hibernate and to set-based SQL
 * alike, so telling it the actor here covers every write of the transaction.
 */
abstract class AuditActorInterceptor {

    /** Just after the transaction interceptors, so that the transaction has begun. */
    static final int PRIORITY = 201;
    private static final String TOLD = AuditActorInterceptor.class.getName();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditActor actor;

    @AroundInvoke
    Object tellTheDatabase(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(TOLD) == null) {
            transactions.putResource(TOLD, Boolean.TRUE);
            try (Connection connection = dataSource.getConnection()) {
                actor.tell(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not tell the database who acts in this transaction", e);
            }
        }
        return invocation.proceed();
    }
}
