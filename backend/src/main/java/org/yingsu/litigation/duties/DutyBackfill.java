package org.yingsu.litigation.duties;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.yingsu.common.database.Sql;

/**
 * Computes the duties of cases that have none yet: the data stored before the duties were (V80__duty.sql), and every
 * case again when the configured bureau changed (it changes who may stand in for the government, R4). Small
 * transactions, one after another, in the background: a busy machine serves requests meanwhile, and a second
 * instance takes other cases (SKIP LOCKED). Until it is done the figures miss the cases not yet computed, which the
 * log says.
 */
@ApplicationScoped
public class DutyBackfill {

    private static final Logger LOG = Logger.getLogger(DutyBackfill.class);
    private static final String SQL = "duty.sql";
    private static final int CASES_PER_TRANSACTION = 200;

    @Inject
    DataSource dataSource;

    @Inject
    DutyWriter writer;

    @Inject
    DutyConfig config;

    void onStart(@Observes StartupEvent event) {
        try {
            markAllIfBureauChanged();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the duties' settings", e);
        }
        Thread thread = new Thread(this::run, "duty-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void markAllIfBureauChanged() throws SQLException {
        String configured = config.agencyCode().orElse(null);
        inTransaction(c -> {
            String[] stored = {null};
            Sql.bind(Sql.load(DutyBackfill.class, SQL, "setting"), Map.of()).query(c,
                    row -> stored[0] = row.getString("bureau_agency_code"));
            if (!Objects.equals(stored[0], configured)) {
                Map<String, Object> values = new HashMap<>();
                values.put("code", configured);
                Sql.bind(Sql.load(DutyBackfill.class, SQL, "setting-changed"), values).update(c);
                LOG.infof("The bureau's agency code is now %s: every case's duties are computed again", configured);
            }
            return 0;
        });
    }

    /** Works until no case is left; returns the number of cases computed. */
    public int run() {
        int done = 0;
        try {
            while (true) {
                int n = inTransaction(c -> {
                    List<Long> ids = new ArrayList<>();
                    Sql.bind(Sql.load(DutyBackfill.class, SQL, "backfill-next"), Map.of("size",
                            CASES_PER_TRANSACTION)).query(c, row -> ids.add(row.getLong("case_id")));
                    writer.recompute(c, ids);
                    Sql.bind(Sql.load(DutyBackfill.class, SQL, "backfill-done"), Map.of("ids",
                            ids.toArray(Long[]::new))).update(c);
                    return ids.size();
                });
                if (n == 0) {
                    break;
                }
                done += n;
            }
            if (done > 0) {
                LOG.infof("Computed the duties of %,d stored cases", done);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("Computing the duties of stored cases stopped; the next start resumes it", e);
        }
        return done;
    }

    private interface Work {
        int run(Connection c) throws SQLException;
    }

    private int inTransaction(Work work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int n = work.run(c);
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
