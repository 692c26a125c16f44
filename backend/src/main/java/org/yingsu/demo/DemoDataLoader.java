package org.yingsu.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos.LedgerImportResult;
import org.yingsu.intake.LedgerImportService;

/**
 * Loads the demo district into an empty database at start-up when demo mode is on (SPEC §7), through the same
 * ledger import an administrator uses, so the demo also exercises the import's rules.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** Key of the PostgreSQL advisory lock that lets one instance at a time load the demo. */
    private static final long LOAD_LOCK = 0x5969_6e67_7375_0003L;

    @ConfigProperty(name = "yingsu.demo", defaultValue = "false")
    boolean demo;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LedgerImportService ledgerImport;

    @Inject
    AgencyRepository agencies;

    void onStart(@Observes StartupEvent event) {
        if (demo) {
            loadIntoEmptyDatabase();
        }
    }

    /** @return whether the demo data was loaded; a database with any agency is left alone */
    @Transactional
    public boolean loadIntoEmptyDatabase() {
        if (!lockedAndEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        LedgerDocument ledger = DemoDistrict.generate();
        try {
            LedgerImportResult result = ledgerImport.importLedger(ledger);
            LOG.infof("Loaded the demo district: %d agencies, %d officials, %d cases, %d hearings in %d ms",
                    result.agencies().created(), result.officials().created(), result.cases().created(),
                    result.hearings().created(), (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (ProblemException e) {
            // The generator and the import disagree: say where, since this is a bug of ours and not of the user.
            throw new IllegalStateException("The demo ledger was refused: " + e.problem().errors(), e);
        }
    }

    /** Two instances starting on one empty database must not both load it: the lock lasts until commit. */
    private boolean lockedAndEmpty() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + LOAD_LOCK + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the demo loader's lock", e);
        }
        return agencies.count() == 0;
    }
}
