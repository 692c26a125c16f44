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
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yingsu.agencies.bulk.AgencyBulkWriter;
import org.yingsu.common.persistence.ChangeCounts;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.CaseResult;
import org.yingsu.intake.LedgerDtos.IntakeResult;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseWrites;
import org.yingsu.litigation.bulk.CaseBulkWriter;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.duties.DutyConfig;
import org.yingsu.litigation.duties.DutyWriter;
import org.yingsu.litigation.vocabulary.AppearanceSource;

/**
 * Court intake (SPEC §5): a batch of case documents, checked whole, then upserted in one transaction. The transaction
 * is a plain JDBC one unless the caller already runs in a JTA transaction: intake touches no entity, and JTA's
 * bookkeeping is a noticeable share of a single-case push (README, intake benchmark).
 */
@ApplicationScoped
public class CaseIntakeService {

    @Inject
    DataSource dataSource;

    @Inject
    AgencyBulkWriter agencies;

    @Inject
    CaseBulkWriter cases;

    @Inject
    TransactionManager transactions;

    @Inject
    DutyWriter duties;

    @Inject
    DutyConfig bureau;

    @ConfigProperty(name = "yingsu.intake.max-batch", defaultValue = "1000")
    int maxBatch;

    /** For Java callers, whose documents hold only real codes. */
    public IntakeResult intake(List<CaseDocument> body) {
        return intake(body, Map.of());
    }

    /** {@code invalidCodes}: coded values of the body that are none of their enum's values, by path (LedgerJson). */
    public IntakeResult intake(List<CaseDocument> body, Map<String, String> invalidCodes) {
        if (body == null || body.isEmpty() || body.size() > maxBatch) {
            throw ProblemException.invalid("body", "must be an array of 1 to " + String.format("%,d", maxBatch)
                    + " case documents" + (body == null ? "" : "; this one has " + body.size()));
        }
        List<CaseDocument> documents = Documents.cleanCases(body);
        try (Connection connection = dataSource.getConnection()) {
            if (inTransaction()) {
                return intake(connection, documents, invalidCodes);
            }
            connection.setAutoCommit(false);
            try {
                IntakeResult result = intake(connection, documents, invalidCodes);
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

    private IntakeResult intake(Connection connection, List<CaseDocument> documents,
            Map<String, String> invalidCodes) throws SQLException {
        References refs = new References();
        refs.bureauCode = bureau.agencyCode().orElse(null);
        java.util.Set<String> agencyCodes = CaseChecks.agencyCodes(documents);
        bureau.agencyCode().ifPresent(agencyCodes::add);
        refs.add(agencies.lookup(connection, agencyCodes, CaseChecks.officialCodes(documents),
                false));
        // The agencies of officials from other bodies (R4: a lower-level body's parent decides its standing); a
        // push whose officials all belong to agencies it names costs no second lookup.
        java.util.Set<String> officialsAgencies = new java.util.HashSet<>();
        refs.officials.values().forEach(o -> {
            if (o.agencyCode() != null && !refs.agencies.containsKey(o.agencyCode())) {
                officialsAgencies.add(o.agencyCode());
            }
        });
        if (!officialsAgencies.isEmpty()) {
            refs.add(agencies.lookup(connection, officialsAgencies, java.util.List.of(), false));
        }
        CaseChecks.loadStoredDefendants(cases, connection, documents, refs);
        LedgerValidator validator = new LedgerValidator(refs, true, invalidCodes);
        validator.cases("", documents);
        validator.throwIfInvalid();

        CaseWrites writes = cases.upsert(connection, documents, refs, AppearanceSource.COURT);
        duties.recomputeStale(connection);
        List<CaseResult> results = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String status = writes.created[i] ? "created" : writes.changed[i] ? "updated" : "unchanged";
            results.add(new CaseResult(i, documents.get(i).court(), documents.get(i).caseNumber(), status));
        }
        ChangeCounts counts = writes.cases();
        return new IntakeResult(results, counts.created(), counts.updated(), counts.unchanged());
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
