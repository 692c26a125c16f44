package org.yingsu.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.CaseDocument;
import org.yingsu.intake.LedgerDtos.CaseResult;
import org.yingsu.intake.LedgerDtos.IntakeResult;
import org.yingsu.intake.LedgerStore.CaseWrites;

/**
 * Court intake (SPEC §5): a batch of case documents, checked whole, then upserted in one transaction. The transaction
 * is a plain JDBC one unless the caller already runs in a JTA transaction: intake touches no entity, and JTA's
 * bookkeeping is a noticeable share of a single-case push (README, intake benchmark).
 */
@ApplicationScoped
public class CaseIntakeService {

    @Inject
    LedgerStore store;

    @Inject
    TransactionManager transactions;

    @ConfigProperty(name = "yingsu.intake.max-batch", defaultValue = "1000")
    int maxBatch;

    public IntakeResult intake(List<CaseDocument> body) {
        if (body == null || body.isEmpty() || body.size() > maxBatch) {
            throw ProblemException.invalid("body", "must be an array of 1 to " + String.format("%,d", maxBatch)
                    + " case documents" + (body == null ? "" : "; this one has " + body.size()));
        }
        List<CaseDocument> cases = Documents.cleanCases(body);
        try (Connection connection = store.connection()) {
            if (inTransaction()) {
                return intake(connection, cases);
            }
            connection.setAutoCommit(false);
            try {
                IntakeResult result = intake(connection, cases);
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IntakeFailure(e);
        }
    }

    private IntakeResult intake(Connection connection, List<CaseDocument> cases) throws SQLException {
        References refs = new References();
        store.lookup(connection, CaseChecks.agencyCodes(cases), CaseChecks.officialCodes(cases), false, refs);
        CaseChecks.loadStoredDefendants(store, connection, cases, refs);
        LedgerValidator validator = new LedgerValidator(refs, true);
        validator.cases("", cases);
        validator.throwIfInvalid();

        CaseWrites writes = store.upsertCases(connection, cases, refs, "COURT");
        List<CaseResult> results = new ArrayList<>(cases.size());
        int created = 0;
        int updated = 0;
        for (int i = 0; i < cases.size(); i++) {
            String status = writes.created[i] ? "created" : writes.changed[i] ? "updated" : "unchanged";
            created += writes.created[i] ? 1 : 0;
            updated += !writes.created[i] && writes.changed[i] ? 1 : 0;
            results.add(new CaseResult(i, cases.get(i).court(), cases.get(i).caseNumber(), status));
        }
        return new IntakeResult(results, created, updated, cases.size() - created - updated);
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Carries a database failure out of the transaction; the problem mappers read its SQL state. */
    static final class IntakeFailure extends RuntimeException {
        IntakeFailure(SQLException cause) {
            super(cause);
        }
    }
}
