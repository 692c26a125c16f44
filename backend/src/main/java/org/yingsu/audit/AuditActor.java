package org.yingsu.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.yingsu.security.Caller;

/**
 * Tells PostgreSQL who acts in a transaction, before its first write: the audit triggers read it, whether the write
 * comes from Hibernate or from set-based SQL. The setting is transaction-local ({@code set_config(…, true)}), so
 * nothing outlives the transaction on the server connection: behind a transaction pooler (PgBouncer) the next
 * transaction on that connection may be another client's and must not inherit this actor. Outside a request the
 * actor is the system.
 *
 * <p>{@link AuditActorInterceptor} calls it for every {@code @Transactional} transaction; code that runs a
 * transaction of its own on a JDBC connection calls it after {@code setAutoCommit(false)}.
 */
@ApplicationScoped
public class AuditActor {

    /** For the transaction open on {@code connection}. */
    public void tell(Connection connection) throws SQLException {
        Caller caller = establishedCaller();
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('yingsu.actor', ?, true), set_config('yingsu.role', ?, true)")) {
            statement.setString(1, caller == null ? "system" : caller.getName());
            statement.setString(2, caller == null ? "" : caller.role().name());
            statement.execute();
        }
    }

    /**
     * The identity the request has already established; this never starts authenticating one, because
     * authenticating itself opens transactions.
     */
    private static Caller establishedCaller() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext context = request.isAvailable() ? request.get().getCurrent() : null;
            if (context != null && context.user() instanceof QuarkusHttpUser user
                    && user.getSecurityIdentity().getPrincipal() instanceof Caller caller) {
                return caller;
            }
        }
        return null;
    }
}
