package org.yingsu.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the demo district into an empty database at start-up when demo mode is on (SPEC §7). */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "yingsu.demo", defaultValue = "false")
    boolean demo;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) {
        if (demo) {
            loadIntoEmptyDatabase();
        }
    }

    /** @return whether the demo data was loaded; a database with any agency is left alone */
    public boolean loadIntoEmptyDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Two instances starting on one database must not both load.
                statement.execute("lock table agency in exclusive mode");
                try (ResultSet rs = statement.executeQuery("select exists (select 1 from agency)")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        connection.rollback();
                        return false;
                    }
                }
            }
            long started = System.nanoTime();
            DemoLedger.Document ledger = DemoDistrict.generate();
            new DemoLedgerWriter(connection).write(ledger);
            connection.commit();
            LOG.infof("Loaded the demo district: %d agencies, %d officials, %d cases in %d ms",
                    ledger.agencies().size(), ledger.officials().size(), ledger.cases().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the demo data", e);
        }
    }
}
