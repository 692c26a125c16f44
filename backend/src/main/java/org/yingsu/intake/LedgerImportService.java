package org.yingsu.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.AgencyEntry;
import org.yingsu.intake.LedgerDtos.Counts;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos.LedgerImportResult;
import org.yingsu.intake.LedgerDtos.OfficialEntry;
import org.yingsu.intake.LedgerStore.CaseWrites;
import org.yingsu.intake.References.AgencyRef;
import org.yingsu.intake.References.OfficialRef;

/**
 * Imports a whole ledger (台账, SPEC §5): all or nothing, idempotent by natural keys. Callable from Java, e.g. to load
 * demo data: {@code importLedger(new LedgerDocument(LedgerDtos.FORMAT, agencies, officials, cases))}; it throws a
 * {@link ProblemException} (422, with every error's path) when the ledger is rejected.
 */
@ApplicationScoped
public class LedgerImportService {

    @Inject
    LedgerStore store;

    @Transactional
    public LedgerImportResult importLedger(LedgerDocument document) {
        if (document == null) {
            throw ProblemException.invalid("body", "must be a yingsu-ledger/1 document");
        }
        LedgerDocument doc = Documents.clean(document);
        try (Connection connection = store.connection()) {
            References refs = new References();
            Set<String> officialCodes = CaseChecks.officialCodes(doc.cases());
            CaseChecks.nonNull(doc.officials()).forEach(o -> {
                if (o != null && o.code() != null) {
                    officialCodes.add(o.code());
                }
            });
            store.lookup(connection, List.of(), officialCodes, true, refs);
            overlay(doc, refs);
            CaseChecks.loadStoredDefendants(store, connection, doc.cases(), refs);
            LedgerValidator validator = new LedgerValidator(refs, false);
            validator.ledger(doc);
            validator.throwIfInvalid();

            Counts agencies = store.upsertAgencies(connection, doc.agencies());
            Counts officials = store.upsertOfficials(connection, doc.officials());
            List<LedgerDtos.CaseDocument> cases = CaseChecks.nonNull(doc.cases());
            if (cases.isEmpty()) {
                Counts none = new Counts(0, 0, 0);
                return new LedgerImportResult(agencies, officials, none, none, none, none, none, none);
            }
            References ids = new References();
            store.lookup(connection, CaseChecks.agencyCodes(cases), CaseChecks.officialCodes(cases), false, ids);
            CaseWrites writes = store.upsertCases(connection, cases, ids, null);
            int created = 0;
            int updated = 0;
            for (int i = 0; i < cases.size(); i++) {
                created += writes.created[i] ? 1 : 0;
                updated += !writes.created[i] && writes.changed[i] ? 1 : 0;
            }
            return new LedgerImportResult(agencies, officials,
                    new Counts(created, updated, cases.size() - created - updated), writes.hearings, writes.notices,
                    writes.appearances, writes.delegations, writes.outcomes);
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
                        a.parentCode()));
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
                        o.agencyCode(), null, o.role()));
            }
        }
    }
}
