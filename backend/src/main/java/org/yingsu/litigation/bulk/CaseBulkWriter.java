package org.yingsu.litigation.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yingsu.common.database.JsonRows;
import org.yingsu.common.database.Sql;
import org.yingsu.common.persistence.ChangeCounts;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.DelegationDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.vocabulary.AppearanceSource;

/**
 * Litigation's second door, beside the single-record API: the set-based upsert of whole case documents (cases,
 * defendants, hearings, notices, appearances, delegations, outcomes) for court intake and the ledger import, each
 * collection one JSON array in one statement, whatever its size. A row is written only when a value differs
 * ({@code IS DISTINCT FROM}), so a record sent again unchanged keeps its version and updated_at; what a document
 * leaves out is kept. Runs on the caller's connection; the documents have been checked whole before.
 */
@ApplicationScoped
public class CaseBulkWriter {

    private static final String SQL = "case-bulk.sql";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The collections below a case, in the order of their steps and of the bits of {@link #statement(int)}. */
    private static final List<String> CHILDREN = List.of("hearings", "notices", "appearances", "delegations",
            "outcomes");
    private static final Map<Integer, String> STATEMENTS = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper mapper;

    /** A case by its natural key. */
    public record CaseKey(String court, String caseNumber) {
    }

    /** The ids the documents' codes stand for, resolved by the caller. */
    public interface Ids {

        long agencyId(String code);

        long officialId(String code);

        /** The agency of an official, where its appearances are recorded. */
        long agencyOfOfficial(String code);
    }

    /** What a batch wrote, per case and per collection. */
    public static final class CaseWrites {
        public final boolean[] created;
        public final boolean[] changed;
        public ChangeCounts hearings = ChangeCounts.NONE;
        public ChangeCounts notices = ChangeCounts.NONE;
        public ChangeCounts appearances = ChangeCounts.NONE;
        public ChangeCounts delegations = ChangeCounts.NONE;
        public ChangeCounts outcomes = ChangeCounts.NONE;

        CaseWrites(int size) {
            created = new boolean[size];
            changed = new boolean[size];
        }

        /** Cases created, updated and found as sent. */
        public ChangeCounts cases() {
            int created = 0;
            int updated = 0;
            for (int i = 0; i < this.created.length; i++) {
                created += this.created[i] ? 1 : 0;
                updated += !this.created[i] && changed[i] ? 1 : 0;
            }
            return ChangeCounts.of(this.created.length, created, updated);
        }
    }

    /** The stored defendants (agency codes) of the cases named. */
    public Map<CaseKey, Set<String>> storedDefendants(Connection c, Collection<CaseKey> cases) throws SQLException {
        Map<CaseKey, Set<String>> defendants = new HashMap<>();
        if (cases.isEmpty()) {
            return defendants;
        }
        Sql.bind(Sql.load(CaseBulkWriter.class, SQL, "stored-defendants"),
                Map.of("courts", cases.stream().map(CaseKey::court).toArray(String[]::new),
                        "numbers", cases.stream().map(CaseKey::caseNumber).toArray(String[]::new)))
                .query(c, row -> defendants.computeIfAbsent(new CaseKey(row.getString("court"),
                        row.getString("case_number")), k -> new HashSet<>()).add(row.getString("code")));
        return defendants;
    }

    /** A notice by its natural key. */
    public record NoticeKey(String court, String number) {
    }

    /** Where a stored notice is bound: its case and the agency it was served on. */
    public record BoundNotice(CaseKey litigationCase, String agencyCode) {
    }

    /** The stored notices named, with where each is bound. */
    public Map<NoticeKey, BoundNotice> storedNotices(Connection c, Collection<NoticeKey> notices) throws SQLException {
        Map<NoticeKey, BoundNotice> bound = new HashMap<>();
        if (notices.isEmpty()) {
            return bound;
        }
        Sql.bind(Sql.load(CaseBulkWriter.class, SQL, "stored-notices"),
                Map.of("courts", notices.stream().map(NoticeKey::court).toArray(String[]::new),
                        "numbers", notices.stream().map(NoticeKey::number).toArray(String[]::new)))
                .query(c, row -> bound.put(new NoticeKey(row.getString("court"), row.getString("number")),
                        new BoundNotice(new CaseKey(row.getString("case_court"), row.getString("case_number")),
                                row.getString("code"))));
        return bound;
    }

    /** The role that entered each of the cases named that exist ({@code ""} for the system). */
    public Map<CaseKey, String> storedOrigins(Connection c, Collection<CaseKey> cases) throws SQLException {
        Map<CaseKey, String> origins = new HashMap<>();
        if (cases.isEmpty()) {
            return origins;
        }
        Sql.bind(Sql.load(CaseBulkWriter.class, SQL, "stored-origins"),
                Map.of("courts", cases.stream().map(CaseKey::court).toArray(String[]::new),
                        "numbers", cases.stream().map(CaseKey::caseNumber).toArray(String[]::new)))
                .query(c, row -> origins.put(new CaseKey(row.getString("court"), row.getString("case_number")),
                        row.getString("origin_role")));
        return origins;
    }

    /** The statement for the collections present (bit 0 hearings … bit 4 outcomes); a typical push has few. */
    private static String statement(int present) {
        return STATEMENTS.computeIfAbsent(present, p -> {
            StringBuilder sql = new StringBuilder("with\n").append(Sql.load(CaseBulkWriter.class, SQL, "cases"));
            for (int i = 0; i < CHILDREN.size(); i++) {
                if ((p & (1 << i)) != 0) {
                    sql.append(",\n").append(Sql.load(CaseBulkWriter.class, SQL, CHILDREN.get(i)));
                }
            }
            sql.append("\n").append(Sql.load(CaseBulkWriter.class, SQL, "cases-result"));
            for (int i = 0; i < CHILDREN.size(); i++) {
                if ((p & (1 << i)) != 0) {
                    sql.append("\nunion all ").append(Sql.load(CaseBulkWriter.class, SQL, CHILDREN.get(i) + "-result"));
                }
            }
            return sql.toString();
        });
    }

    /**
     * Upserts the cases and everything in them. {@code ids} resolves every agency and official the cases name;
     * {@code forcedSource} is the source of every appearance (court intake), or null to take the document's (ledger).
     */
    public CaseWrites upsert(Connection c, List<CaseDocument> cases, Ids ids, AppearanceSource forcedSource)
            throws SQLException {
        Map<String, ArrayNode> rows = new HashMap<>();
        rows.put("cases", mapper.createArrayNode());
        CHILDREN.forEach(child -> rows.put(child, mapper.createArrayNode()));
        for (int i = 0; i < cases.size(); i++) {
            CaseDocument doc = cases.get(i);
            ObjectNode row = rows.get("cases").addObject().put("i", i).put("court", doc.court())
                    .put("case_number", doc.caseNumber()).put("trial_level", JsonRows.code(doc.trialLevel()))
                    .put("filed_on", doc.filedOn() == null ? null : doc.filedOn().toString())
                    .put("cause_of_action", doc.causeOfAction());
            JsonRows.array(row, "plaintiffs", doc.plaintiffs());
            JsonRows.array(row, "mandatory_categories", doc.mandatoryCategories());
            ArrayNode defendants = row.putArray("defendants");
            doc.defendants().forEach(code -> defendants.add(ids.agencyId(code)));
            if (doc.appearanceDesignation() != null) {
                row.put("designation_basis", doc.appearanceDesignation().basis().name());
                ArrayNode designated = row.putArray("designated");
                doc.appearanceDesignation().defendants().forEach(code -> designated.add(ids.agencyId(code)));
            }
            if (doc.handlingAgencyCode() != null) {
                row.put("handling_agency_id", ids.agencyId(doc.handlingAgencyCode()));
            }
            for (HearingDocument hearing : nonNull(doc.hearings())) {
                int k = rows.get("hearings").size();
                rows.get("hearings").addObject().put("k", k).put("i", i)
                        .put("scheduled_at", INSTANT.format(hearing.scheduledAt()))
                        .put("status", JsonRows.code(hearing.status()));
                for (NoticeDocument n : nonNull(hearing.notices())) {
                    rows.get("notices").addObject().put("h", k).put("agency_id", ids.agencyId(n.agencyCode()))
                            .put("court", n.court() != null ? n.court() : doc.court()).put("number", n.number())
                            .put("served_on", n.servedOn().toString());
                }
                for (AppearanceDocument a : nonNull(hearing.appearances())) {
                    AppearanceSource source = forcedSource != null ? forcedSource
                            : a.source() != null ? a.source() : AppearanceSource.AGENCY;
                    rows.get("appearances").addObject().put("h", k)
                            .put("agency_id", a.agencyCode() != null ? ids.agencyId(a.agencyCode())
                                    : ids.agencyOfOfficial(a.officialCode()))
                            .put("official_id", ids.officialId(a.officialCode())).put("source", source.name())
                            .put("spoke", a.spoke()).put("left_early", a.leftEarly())
                            .put("identity_status", JsonRows.code(a.identityStatus()));
                }
                for (DelegationDocument d : nonNull(hearing.delegations())) {
                    rows.get("delegations").addObject().put("h", k).put("agency_id", ids.agencyId(d.agencyCode()))
                            .put("reason_category", JsonRows.code(d.reasonCategory())).put("reason", d.reason())
                            .put("delegate_official_id", ids.officialId(d.delegateOfficialCode()))
                            .put("filed_on", d.filedOn().toString()).put("status", JsonRows.code(d.status()))
                            .put("court_finding", JsonRows.code(d.courtFinding()));
                }
            }
            if (doc.outcome() != null) {
                rows.get("outcomes").addObject().put("i", i).put("result", JsonRows.code(doc.outcome().result()))
                        .put("concluded_on", doc.outcome().concludedOn().toString())
                        .put("coordinated", doc.outcome().coordinated());
            }
        }

        int present = 0;
        Map<String, Object> values = new HashMap<>();
        values.put("cases", JsonRows.text(mapper, rows.get("cases")));
        for (int i = 0; i < CHILDREN.size(); i++) {
            ArrayNode children = rows.get(CHILDREN.get(i));
            if (!children.isEmpty()) {
                present |= 1 << i;
                values.put(CHILDREN.get(i), JsonRows.text(mapper, children));
            }
        }
        CaseWrites writes = new CaseWrites(cases.size());
        // created, updated per collection: C(ases), H(earings), N(otices), A(ppearances), G (delegations), O(utcomes)
        Map<String, int[]> tally = new HashMap<>();
        boolean[] lost = {false};
        Sql.bind(statement(present), values).query(c, row -> {
            String collection = row.getString("collection");
            int i = row.getInt("i");
            boolean created = row.getBoolean("created");
            boolean written = row.getBoolean("written");
            lost[0] |= row.getBoolean("lost");
            if (collection.equals("C")) {
                writes.created[i] = written && created;
            }
            if (written) {
                writes.changed[i] = true;
                if (!collection.equals("D")) {
                    tally.computeIfAbsent(collection, x -> new int[2])[created ? 0 : 1]++;
                }
            }
        });
        if (lost[0]) {
            // Another request inserted the same case or hearing after this statement's snapshot: nothing of this
            // batch can be trusted to be complete, so the transaction is rolled back and the client retries.
            throw ProblemException.conflict("Another request stored the same case at the same moment; nothing of "
                    + "this request was stored. Retry it (with the same Idempotency-Key).");
        }
        writes.hearings = counts(rows.get("hearings").size(), tally.get("H"));
        writes.notices = counts(rows.get("notices").size(), tally.get("N"));
        writes.appearances = counts(rows.get("appearances").size(), tally.get("A"));
        writes.delegations = counts(rows.get("delegations").size(), tally.get("G"));
        writes.outcomes = counts(rows.get("outcomes").size(), tally.get("O"));
        return writes;
    }

    private static ChangeCounts counts(int total, int[] createdUpdated) {
        return createdUpdated == null ? ChangeCounts.of(total, 0, 0)
                : ChangeCounts.of(total, createdUpdated[0], createdUpdated[1]);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
