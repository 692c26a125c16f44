package org.yingsu.audit;

import io.agroal.api.AgroalPoolInterceptor;
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
 * Tells PostgreSQL who acts, on every connection the pool hands out: the audit triggers read it, whether the
 * write comes from Hibernate or from set-based SQL. Within a transaction the pool hands out one connection, so
 * the transaction's writes all carry the same actor; outside a request the actor is the system.
 *
 * <p>It reads the identity the request has already established and never starts authenticating one, because
 * authenticating itself takes a connection.
 */
@ApplicationScoped
public class AuditActorInterceptor implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        Caller caller = establishedCaller();
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('yingsu.actor', ?, false), set_config('yingsu.role', ?, false)")) {
            statement.setString(1, caller == null ? "system" : caller.getName());
            statement.setString(2, caller == null ? "" : caller.role().name());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the actor on a database connection", e);
        }
    }

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
