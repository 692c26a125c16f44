package org.yingsu.intake;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.yingsu.agencies.bulk.AgencyBulkWriter;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyRef;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialRef;
import org.yingsu.common.persistence.ChangeCounts;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos.LedgerImportResult;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseWrites;
import org.yingsu.litigation.bulk.CaseBulkWriter;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.duties.DutyConfig;
import org.yingsu.litigation.duties.DutyWriter;



/**
 * Imports a whole ledger (台账, docs/domain.md §5): all or nothing, idempotent by natural keys. Callable from Java, e.g. to load
 * demo data: {@code importLedger(new LedgerDocument(LedgerDtos.FORMAT, agencies, officials, cases))}; it throws a
 * {@link ProblemException} (422, with every error's path) when the ledger is rejected.
 */
@ApplicationScoped
public class LedgerImportService {

    static final int LARGEST_LEDGER_SECONDS = 1200;
    /** As many cases as a court's intake batch may hold. */
    static final int CASES_PER_STATEMENT = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    AgencyBulkWriter agencyWriter;

    @Inject
    CaseBulkWriter caseWriter;

    @Inject
    DutyWriter duties;

    @Inject
    DutyConfig bureau;

    /** For Java callers, whose documents hold only real codes. */
    public LedgerImportResult importLedger(LedgerDocument document) {
        return importLedger(document, Map.of());
    }

    /**
     * {@code invalidCodes}: coded values of the document that are none of their enum's values, by path.
     *
     * <p>All or nothing means one transaction for the whole ledger; the largest accepted (10 MB, some 16,000 cases)
     * takes about a minute on an idle 2-core machine and several on a busy one, so the 60 s default would refuse
     * valid ledgers. Sized to the largest ledger, not to the usual one.
     */
    @Transactional
    @TransactionConfiguration(timeout = LARGEST_LEDGER_SECONDS)
    public LedgerImportResult importLedger(LedgerDocument document, Map<String, String> invalidCodes) {
        if (document == null) {
            throw ProblemException.invalid("body", "must be a yingsu-ledger/1 document");
        }
        LedgerDocument doc = Documents.clean(document);
        try (Connection connection = dataSource.getConnection()) {
            References refs = new References();
            refs.bureauCode = bureau.agencyCode().orElse(null);
            Set<String> officialCodes = CaseChecks.officialCodes(doc.cases());
            CaseChecks.nonNull(doc.officials()).forEach(o -> {
                if (o != null && o.code() != null) {
                    officialCodes.add(o.code());
                }
            });
            refs.add(agencyWriter.lookup(connection, List.of(), officialCodes, true));
            overlay(doc, refs);
            CaseChecks.loadStoredDefendants(caseWriter, connection, doc.cases(), refs);
            LedgerValidator validator = new LedgerValidator(refs, false, invalidCodes);
            validator.ledger(doc);
            validator.throwIfInvalid();

            ChangeCounts agencies = agencyWriter.upsertAgencies(connection, doc.agencies());
            ChangeCounts officials = agencyWriter.upsertOfficials(connection, doc.officials());
            List<CaseDocument> cases = CaseChecks.nonNull(doc.cases());
            if (cases.isEmpty()) {
                // A post or an agency's place that changed changes the duties where its people appeared.
                duties.recomputeStale(connection);
                return new LedgerImportResult(agencies, officials, ChangeCounts.NONE, ChangeCounts.NONE,
                        ChangeCounts.NONE, ChangeCounts.NONE, ChangeCounts.NONE, ChangeCounts.NONE);
            }
            References ids = new References();
            ids.add(agencyWriter.lookup(connection, CaseChecks.agencyCodes(cases), CaseChecks.officialCodes(cases),
                    false));
            // One statement per part, all in this one transaction: the statement's cost grows faster than its
            // size (a 16,000-case ledger in one took many minutes), a court batch's size is known to be quick.
            ChangeCounts[] counts = new ChangeCounts[6];
            java.util.Arrays.fill(counts, ChangeCounts.NONE);
            for (int from = 0; from < cases.size(); from += CASES_PER_STATEMENT) {
                CaseWrites writes = caseWriter.upsert(connection, cases.subList(from,
                        Math.min(cases.size(), from + CASES_PER_STATEMENT)), ids, null);
                ChangeCounts[] part = {writes.cases(), writes.hearings, writes.notices, writes.appearances,
                        writes.delegations, writes.outcomes};
                for (int k = 0; k < counts.length; k++) {
                    counts[k] = counts[k].plus(part[k]);
                }
            }
            duties.recomputeStale(connection);
            return new LedgerImportResult(agencies, officials, counts[0], counts[1], counts[2], counts[3], counts[4],
                    counts[5]);
        } catch (SQLException e) {
            throw new CaseIntakeService.IntakeFailure(e);
        }
    }

    /** The ledger's own agencies and officials count as known, with the values it gives them. */
    private static void overlay(LedgerDocument doc, References refs) {
        for (AgencyEntry a : CaseChecks.nonNull(doc.agencies())) {
            if (a != null && a.code() != null) {
                AgencyRef stored = refs.agencies.get(a.code());
                refs.agencies.put(a.code(), new AgencyRef(stored == null ? null : stored.id(), a.code(),
                        a.parentCode(), a.kind()));
            }
        }
        Set<String> listed = new HashSet<>();
        for (OfficialEntry o : CaseChecks.nonNull(doc.officials())) {
            if (o != null && o.code() != null && listed.add(o.code())) {
                OfficialRef stored = refs.officials.get(o.code());
                if (stored != null) {
                    refs.storedOfficialAgencies.put(o.code(), stored.agencyCode());
                }
                refs.officials.put(o.code(), new OfficialRef(stored == null ? null : stored.id(), o.code(),
                        o.agencyCode(), null, o.role(), o.validFrom(), o.validTo()));
            }
        }
    }
}
