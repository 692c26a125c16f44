package org.yingsu.metrics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Where the figures are read (issue 19 item 4): the reporting datasource, a read replica named by
 * YINGSU_REPORTING_JDBC_URL, when one is configured and the caller has no transaction of its own; otherwise the
 * primary. A caller inside a transaction is about to store what it counts (a bulletin's publication) and must count
 * what the primary holds. A replica that cannot be reached is skipped for the primary, so that the figures do not
 * go down with it. Which one answered, and how far the replica was behind, is told to the request's
 * {@link DataFreshness}.
 */
@ApplicationScoped
class ReportingConnections {

    private static final Logger LOG = Logger.getLogger(ReportingConnections.class);

    /**
     * Seconds the replica's data is behind the primary: 0 when it has replayed all it received (an idle primary
     * sends nothing, so the age of the last replayed transaction would overstate it), 0 on a server that is not a
     * standby at all.
     */
    private static final String LAG = """
            select case when not pg_is_in_recovery() then 0
                        when pg_last_wal_receive_lsn() is not null
                             and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                        else coalesce(extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()), 0)
                   end::float8""";

    @Inject
    AgroalDataSource primary;

    @Inject
    @io.quarkus.agroal.DataSource("reporting")
    InjectableInstance<AgroalDataSource> reporting;

    /** A connection for reading figures; the caller closes it. */
    Connection open() throws SQLException {
        if (!QuarkusTransaction.isActive()) {
            List<AgroalDataSource> replicas = reporting.listActive();
            if (!replicas.isEmpty()) {
                Connection connection = null;
                try {
                    connection = replicas.get(0).getConnection();
                    connection.setReadOnly(true);
                    double lag;
                    try (PreparedStatement ps = connection.prepareStatement(LAG); ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        lag = rs.getDouble(1);
                    }
                    tell(DataFreshness.REPORTING, lag);
                    return connection;
                } catch (SQLException e) {
                    if (connection != null) {
                        connection.close();
                    }
                    LOG.warnf("The reporting database cannot be read (%s); the primary answers instead",
                            e.getMessage());
                }
            }
        }
        tell(DataFreshness.PRIMARY, 0);
        return primary.getConnection();
    }

    /** Outside a request (a scheduled job) there is nobody to tell. */
    private static void tell(String source, double lagSeconds) {
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(DataFreshness.class).get().read(source, lagSeconds);
        }
    }
}
