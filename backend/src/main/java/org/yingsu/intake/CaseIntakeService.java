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
import org.yingsu.audit.AuditActor;
import org.yingsu.common.persistence.ChangeCounts;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.CaseResult;
import org.yingsu.intake.LedgerDtos.IntakeResult;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseWrites;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseKey;
import org.yingsu.litigation.bulk.CaseBulkWriter;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.duties.DutyConfig;
import org.yingsu.litigation.duties.DutyWriter;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.cases.CaseAccess;
import org.yingsu.litigation.vocabulary.AppearanceSource;

/**
 * Court intake (docs/domain.md §5): a batch of case documents, checked whole, then upserted in one transaction. The transaction
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
    AuditActor auditActor;

    @Inject
    CaseAccess access;

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
        requireOwnCourt(documents);
        try (Connection connection = dataSource.getConnection()) {
            if (inTransaction()) {
                // Begun by the caller, perhaps without an interceptor (the Idempotency-Key filter begins its own).
                auditActor.tell(connection);
                return intake(connection, documents, invalidCodes);
            }
            connection.setAutoCommit(false);
            try {
                auditActor.tell(connection);
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
        requireCourtOrigin(connection, documents);

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

    /** A COURT token pushes its own court's cases only; decided from the documents alone (CaseAccess). */
    private void requireOwnCourt(List<CaseDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            CaseDocument doc = documents.get(i);
            if (doc == null) {
                continue;
            }
            if (doc.court() != null) {
                access.requireOwnCourt(doc.court(), "[" + i + "].court");
            }
            List<HearingDocument> hearings = doc.hearings() == null ? List.of() : doc.hearings();
            for (int h = 0; h < hearings.size(); h++) {
                List<NoticeDocument> notices = hearings.get(h) == null || hearings.get(h).notices() == null
                        ? List.of() : hearings.get(h).notices();
                for (int n = 0; n < notices.size(); n++) {
                    if (notices.get(n) != null && notices.get(n).court() != null) {
                        access.requireOwnCourt(notices.get(n).court(),
                                "[" + i + "].hearings[" + h + "].notices[" + n + "].court");
                    }
                }
            }
        }
    }

    /** The court does not overwrite a case of its own court that the bureau entered (CaseAccess). */
    private void requireCourtOrigin(Connection connection, List<CaseDocument> documents) throws SQLException {
        Map<CaseKey, String> origins = cases.storedOrigins(connection, documents.stream()
                .map(doc -> new CaseKey(doc.court(), doc.caseNumber())).toList());
        for (int i = 0; i < documents.size(); i++) {
            String origin = origins.get(new CaseKey(documents.get(i).court(), documents.get(i).caseNumber()));
            if (origin != null) {
                access.requireCourtOrigin(origin, "[" + i + "]");
            }
        }
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
