package org.yingsu.testing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A test hook between a request's effect and its answer (response filters run in descending priority, so this one
 * runs before the Idempotency-Key's): a request sent with {@code X-Test-Freeze: <name>} stops there until the test
 * thaws it, as a process that was stopped would. With {@code X-Test-Freeze: die:<name>} its database session is
 * also killed first, as PostgreSQL sees it when the process is killed: what the session had not committed is gone.
 */
@Provider
@Priority(Priorities.USER + 100)
public class RequestFreezer implements ContainerResponseFilter {

    public static final String HEADER = "X-Test-Freeze";
    private static final Map<String, Frozen> FROZEN = new ConcurrentHashMap<>();

    /** A request that reached the hook, and the test's hold on it. */
    public static final class Frozen {
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch thawed = new CountDownLatch(1);

        /** Waits until the request has done its work and stopped before its answer. */
        public void awaitFrozen() throws InterruptedException {
            if (!reached.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the request never reached the point between its effect and its answer");
            }
        }

        public void thaw() {
            thawed.countDown();
        }
    }

    /** Prepares a hold for the request that will carry {@code name}. */
    public static Frozen expect(String name) {
        Frozen frozen = new Frozen();
        FROZEN.put(name, frozen);
        return frozen;
    }

    @Inject
    DataSource dataSource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String value = request.getHeaderString(HEADER);
        if (value == null) {
            return;
        }
        boolean die = value.startsWith("die:");
        Frozen frozen = FROZEN.remove(die ? value.substring(4) : value);
        if (frozen == null) {
            return;
        }
        if (die) {
            // The connection the request's transaction holds, if it holds one; otherwise any of the pool's.
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("select pg_terminate_backend(pg_backend_pid())");
            } catch (SQLException | RuntimeException expected) {
                // The session ended under its own statement.
            }
        }
        frozen.reached.countDown();
        try {
            frozen.thawed.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
