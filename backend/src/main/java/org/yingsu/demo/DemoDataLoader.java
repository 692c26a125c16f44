package org.yingsu.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.yingsu.common.demo.DemoDistrictLoaded;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos.LedgerImportResult;
import org.yingsu.intake.LedgerDtos;
import org.yingsu.intake.LedgerImportService;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;

/**
 * Loads the demo district into an empty database at start-up when demo mode is on (docs/domain.md §7), through the same
 * ledger import an administrator uses, so the demo also exercises the import's rules.
 *
 * <p>The load is a series of short transactions (the agencies and officials, then the cases a hundred at a time), so
 * that no single one can reach the transaction timeout on a busy machine; the import is idempotent by natural keys,
 * so a start after a crash simply loads it again to the end. A lease in {@code demo_load} keeps two instances
 * starting at once from loading side by side.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final int CASES_PER_TRANSACTION = 100;
    /** Long enough for one part of the load on a busy machine, short enough that a restart after a crash resumes. */
    private static final String RENEW = "update demo_load set lease_until = now() + interval '2 minutes'";

    @ConfigProperty(name = "yingsu.demo", defaultValue = "false")
    boolean demo;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LedgerImportService ledgerImport;

    @Inject
    DemoAccounts accounts;

    @Inject
    Event<DemoDistrictLoaded> loaded;

    void onStart(@Observes StartupEvent event) {
        if (demo) {
            loadIntoEmptyDatabase();
        }
    }

    /** @return whether this call loaded the demo data; a database holding other data is left alone */
    public boolean loadIntoEmptyDatabase() {
        if (!claim()) {
            return false;
        }
        long started = System.nanoTime();
        LedgerDocument ledger = DemoDistrict.generate();
        try {
            ledgerImport.importLedger(new LedgerDocument(LedgerDtos.FORMAT,
                    ledger.agencies(), ledger.officials(), List.of()));
            int cases = 0;
            int hearings = 0;
            List<CaseDocument> all = ledger.cases();
            for (int from = 0; from < all.size(); from += CASES_PER_TRANSACTION) {
                renewLease();
                LedgerImportResult part = ledgerImport.importLedger(new LedgerDocument(LedgerDtos.FORMAT, List.of(),
                        List.of(), all.subList(from, Math.min(all.size(), from + CASES_PER_TRANSACTION))));
                cases += part.cases().created() + part.cases().updated() + part.cases().unchanged();
                hearings += part.hearings().created() + part.hearings().updated() + part.hearings().unchanged();
            }
            // Before the load is marked complete: a start after a crash here makes them then.
            renewLease();
            loaded.fire(new DemoDistrictLoaded());
            accounts.create();
            complete();
            LOG.infof("Loaded the demo district: %d agencies, %d officials, %d cases, %d hearings in %d ms",
                    ledger.agencies().size(), ledger.officials().size(), cases, hearings,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (ProblemException e) {
            // The generator and the import disagree: say where, since this is a bug of ours and not of the user.
            throw new IllegalStateException("The demo ledger was refused: " + e.problem().errors(), e);
        }
    }

    /**
     * Takes the load when it is due: the database holds no agency yet, or an earlier load began and did not finish
     * and its lease ran out (the process died). The table lock makes the check and the claim one step for
     * instances starting at once.
     */
    @Transactional
    boolean claim() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("lock table demo_load in exclusive mode");
            statement.execute("insert into demo_load (id) values (1) on conflict (id) do nothing");
            try (ResultSet rs = statement.executeQuery("""
                    select completed_at is null and (lease_until is null or lease_until < now())
                           and (lease_until is not null or not exists (select 1 from agency_directory))
                    from demo_load
                    """)) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false;
                }
            }
            statement.execute(RENEW);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check whether the demo district is due", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void renewLease() {
        execute(RENEW);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void complete() {
        execute("update demo_load set completed_at = now(), lease_until = null");
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the demo load's progress", e);
        }
    }
}
