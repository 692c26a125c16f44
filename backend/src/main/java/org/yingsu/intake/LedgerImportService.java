package org.yingsu.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
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

    static final int LARGEST_LEDGER_SECONDS = 1200;
    /** As many cases as a court's intake batch may hold. */
    static final int CASES_PER_STATEMENT = 1000;
    private static final Counts NONE = new Counts(0, 0, 0);

    @Inject
    LedgerStore store;

    /**
     * All or nothing means one transaction for the whole ledger; the largest accepted (10 MB, some 16,000 cases)
     * takes about a minute on an idle 2-core machine and several on a busy one, so the 60 s default would refuse
     * valid ledgers. Sized to the largest ledger, not to the usual one.
     */
    @Transactional
    @TransactionConfiguration(timeout = LARGEST_LEDGER_SECONDS)
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
                return new LedgerImportResult(agencies, officials, NONE, NONE, NONE, NONE, NONE, NONE);
            }
            References ids = new References();
            store.lookup(connection, CaseChecks.agencyCodes(cases), CaseChecks.officialCodes(cases), false, ids);
            // One statement per part, all in this one transaction: the statement's cost grows faster than its
            // size (a 16,000-case ledger in one took many minutes), a court batch's size is known to be quick.
            int created = 0;
            int updated = 0;
            Counts hearings = NONE;
            Counts notices = NONE;
            Counts appearances = NONE;
            Counts delegations = NONE;
            Counts outcomes = NONE;
            for (int from = 0; from < cases.size(); from += CASES_PER_STATEMENT) {
                List<LedgerDtos.CaseDocument> part = cases.subList(from, Math.min(cases.size(),
                        from + CASES_PER_STATEMENT));
                CaseWrites writes = store.upsertCases(connection, part, ids, null);
                for (int i = 0; i < part.size(); i++) {
                    created += writes.created[i] ? 1 : 0;
                    updated += !writes.created[i] && writes.changed[i] ? 1 : 0;
                }
                hearings = hearings.plus(writes.hearings);
                notices = notices.plus(writes.notices);
                appearances = appearances.plus(writes.appearances);
                delegations = delegations.plus(writes.delegations);
                outcomes = outcomes.plus(writes.outcomes);
            }
            return new LedgerImportResult(agencies, officials,
                    new Counts(created, updated, cases.size() - created - updated), hearings, notices, appearances,
                    delegations, outcomes);
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
