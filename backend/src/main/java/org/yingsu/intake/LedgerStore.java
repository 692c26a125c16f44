package org.yingsu.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.yingsu.intake.LedgerDtos.AgencyEntry;
import org.yingsu.intake.LedgerDtos.AppearanceDocument;
import org.yingsu.intake.LedgerDtos.CaseDocument;
import org.yingsu.intake.LedgerDtos.Counts;
import org.yingsu.intake.LedgerDtos.DelegationDocument;
import org.yingsu.intake.LedgerDtos.HearingDocument;
import org.yingsu.intake.LedgerDtos.NoticeDocument;
import org.yingsu.intake.LedgerDtos.OfficialEntry;
import org.yingsu.intake.References.AgencyRef;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.References.CaseKey;
import org.yingsu.intake.References.OfficialRef;

/**
 * Set-based reads and upserts for intake and import: each collection of a request is one statement, whatever its
 * size. Rows travel as one JSON array expanded by {@code jsonb_to_recordset}; an upsert writes a row only when a
 * value differs ({@code IS DISTINCT FROM}), so a record sent again unchanged keeps its version and updated_at. What a
 * document leaves out is kept: optional values fall back to the stored ones before they are compared.
 *
 * <p>Runs on the connection of the caller's transaction.
 */
@ApplicationScoped
class LedgerStore {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** What a batch wrote, per case and per collection. */
    static final class CaseWrites {
        final boolean[] created;
        final boolean[] changed;
        Counts cases;
        Counts hearings = new Counts(0, 0, 0);
        Counts notices = new Counts(0, 0, 0);
        Counts appearances = new Counts(0, 0, 0);
        Counts delegations = new Counts(0, 0, 0);
        Counts outcomes = new Counts(0, 0, 0);

        CaseWrites(int size) {
            created = new boolean[size];
            changed = new boolean[size];
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    /** Agencies and officials by code in one round trip; {@code allAgencies} also loads every agency (for cycles). */
    void lookup(Connection c, Collection<String> agencyCodes, Collection<String> officialCodes, boolean allAgencies,
            References refs) throws SQLException {
        // Two texts rather than "? or code = any(?)", which a cached generic plan could only answer by a scan.
        try (PreparedStatement ps = c.prepareStatement("""
                select 'A', a.id, a.code, p.code, null::bigint, null
                  from agency a left join agency p on p.id = a.parent_id
                 where %s
                union all
                select 'O', o.id, o.code, a.code, o.agency_id, o.role
                  from official o join agency a on a.id = o.agency_id
                 where o.code = any(?)""".formatted(allAgencies ? "true" : "a.code = any(?)"))) {
            int parameter = 1;
            if (!allAgencies) {
                ps.setArray(parameter++, c.createArrayOf("text", agencyCodes.toArray()));
            }
            ps.setArray(parameter, c.createArrayOf("text", officialCodes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("A")) {
                        refs.agencies.put(rs.getString(3), new AgencyRef(rs.getLong(2), rs.getString(3),
                                rs.getString(4)));
                    } else {
                        refs.officials.put(rs.getString(3), new OfficialRef(rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getString(6)));
                    }
                }
            }
        }
    }

    void storedDefendants(Connection c, Collection<CaseKey> cases, References refs) throws SQLException {
        if (cases.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select lc.court, lc.case_number, a.code
                  from litigation_case lc
                  join case_defendant d on d.case_id = lc.id
                  join agency a on a.id = d.agency_id
                 where (lc.court, lc.case_number) in (select * from unnest(?::text[], ?::text[]))""")) {
            ps.setArray(1, c.createArrayOf("text", cases.stream().map(CaseKey::court).toArray()));
            ps.setArray(2, c.createArrayOf("text", cases.stream().map(CaseKey::caseNumber).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.storedDefendants.computeIfAbsent(new CaseKey(rs.getString(1), rs.getString(2)),
                            k -> new HashSet<>()).add(rs.getString(3));
                }
            }
        }
    }

    // ---- agencies and officials ----------------------------------------------------------------------------------

    Counts upsertAgencies(Connection c, List<AgencyEntry> agencies) throws SQLException {
        if (agencies == null || agencies.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        ArrayNode rows = mapper.createArrayNode();
        for (AgencyEntry a : agencies) {
            rows.addObject().put("code", a.code()).put("name", a.name()).put("kind", a.kind())
                    .put("parent_code", a.parentCode());
        }
        Set<String> created = new HashSet<>();
        Set<String> updated = new HashSet<>();
        // A parent new in this same document has no id yet: it is set by the second statement.
        run(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(code text, name text, kind text,
                                                                              parent_code text)),
                     e as (select r.code, r.name, r.kind, a.id as existing_id,
                                  case when r.parent_code is null then null else coalesce(p.id, a.parent_id) end
                                      as parent_id
                             from r left join agency a on a.code = r.code left join agency p on p.code = r.parent_code),
                     w as (insert into agency as t (code, name, kind, parent_id)
                           select code, name, kind, parent_id from e order by code
                           on conflict (code) do update
                              set name = excluded.name, kind = excluded.kind, parent_id = excluded.parent_id,
                                  version = t.version + 1, updated_at = now()
                            where (t.name, t.kind, t.parent_id)
                                  is distinct from (excluded.name, excluded.kind, excluded.parent_id)
                           returning t.code)
                select e.code, e.existing_id is null from e join w on w.code = e.code""", json(rows), rs -> {
            (rs.getBoolean(2) ? created : updated).add(rs.getString(1));
        });
        run(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(code text, parent_code text))
                update agency t set parent_id = p.id, version = t.version + 1, updated_at = now()
                  from r left join agency p on p.code = r.parent_code
                 where t.code = r.code and t.parent_id is distinct from p.id
                returning t.code""", json(rows), rs -> {
            if (!created.contains(rs.getString(1))) {
                updated.add(rs.getString(1));
            }
        });
        return counts(agencies.size(), created.size(), updated.size());
    }

    Counts upsertOfficials(Connection c, List<OfficialEntry> officials) throws SQLException {
        if (officials == null || officials.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        ArrayNode rows = mapper.createArrayNode();
        for (OfficialEntry o : officials) {
            rows.addObject().put("code", o.code()).put("agency_code", o.agencyCode()).put("name", o.name())
                    .put("role", o.role()).put("title", o.title()).put("valid_from", o.validFrom().toString())
                    .put("valid_to", o.validTo() == null ? null : o.validTo().toString());
        }
        int[] created = {0};
        int[] updated = {0};
        run(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(code text, agency_code text, name text,
                                       role text, title text, valid_from date, valid_to date)),
                     e as (select r.*, ag.id as agency_id, o.id as existing_id
                             from r join agency ag on ag.code = r.agency_code left join official o on o.code = r.code),
                     w as (insert into official as t (code, agency_id, name, role, title, valid_from, valid_to)
                           select code, agency_id, name, role, title, valid_from, valid_to from e order by code
                           on conflict (code) do update
                              set agency_id = excluded.agency_id, name = excluded.name, role = excluded.role,
                                  title = excluded.title, valid_from = excluded.valid_from,
                                  valid_to = excluded.valid_to, version = t.version + 1, updated_at = now()
                            where (t.agency_id, t.name, t.role, t.title, t.valid_from, t.valid_to)
                                  is distinct from (excluded.agency_id, excluded.name, excluded.role, excluded.title,
                                                    excluded.valid_from, excluded.valid_to)
                           returning t.code)
                select e.existing_id is null from e join w on w.code = e.code""", json(rows), rs -> {
            if (rs.getBoolean(1)) {
                created[0]++;
            } else {
                updated[0]++;
            }
        });
        return counts(officials.size(), created[0], updated[0]);
    }

    // ---- cases -------------------------------------------------------------------------------------------------

    /**
     * The whole upsert of a batch of cases in one statement, so that a single-case push costs one round trip and one
     * cached plan. Each collection arrives as a JSON array; children name their parent by its position ({@code i}
     * for a case, {@code h} for a hearing), and get its id from the parent's step, whether the parent was just
     * inserted (RETURNING) or already stored. Existing rows are found by per-row index lookups (LATERAL … OFFSET 0)
     * rather than a join the planner might turn into a scan of the whole table. The result lists, per collection,
     * what was written: {@code (collection, case position, created, written)}. A child collection's section is
     * left out when the batch has none of it, which keeps the plan of a typical single-case push small.
     */
    private static final String CASES_CTE = """
            c_in as (select * from jsonb_to_recordset(?::jsonb) as r(i int, court text, case_number text,
                        trial_level text, filed_on date, cause_of_action text, plaintiffs text[],
                        mandatory_categories text[], defendants bigint[])),
            c_old as (select r.*, x.id as old_id, x.filed_on as old_filed_on, x.cause_of_action as old_cause,
                             x.plaintiffs as old_plaintiffs, x.mandatory_categories as old_mandatory
                        from c_in r left join lateral (
                             select lc.id, lc.filed_on, lc.cause_of_action, lc.plaintiffs, lc.mandatory_categories
                               from litigation_case lc where lc.court = r.court and lc.case_number = r.case_number
                             offset 0) x on true),
            c_w as (insert into litigation_case as t (court, case_number, trial_level, filed_on, cause_of_action,
                                                      plaintiffs, mandatory_categories)
                    select court, case_number, trial_level, coalesce(filed_on, old_filed_on),
                           coalesce(cause_of_action, old_cause), coalesce(plaintiffs, old_plaintiffs, '{}'),
                           coalesce(mandatory_categories, old_mandatory, '{}')
                      from c_old order by court, case_number
                    on conflict (court, case_number) do update
                       set trial_level = excluded.trial_level, filed_on = excluded.filed_on,
                           cause_of_action = excluded.cause_of_action, plaintiffs = excluded.plaintiffs,
                           mandatory_categories = excluded.mandatory_categories,
                           version = t.version + 1, updated_at = now()
                     where (t.trial_level, t.filed_on, t.cause_of_action, t.plaintiffs, t.mandatory_categories)
                           is distinct from (excluded.trial_level, excluded.filed_on, excluded.cause_of_action,
                                             excluded.plaintiffs, excluded.mandatory_categories)
                    returning t.id, t.court, t.case_number),
            c_id as (select o.i, coalesce(w.id, o.old_id) as id, o.old_id is null as created,
                            w.id is not null as written, o.defendants
                       from c_old o left join c_w w on w.court = o.court and w.case_number = o.case_number),
            d_w as (insert into case_defendant (case_id, agency_id)
                    select distinct c.id, d.agency_id from c_id c cross join lateral unnest(c.defendants) as d(agency_id)
                     where c.id is not null order by 1, 2
                    on conflict do nothing
                    returning case_id)
            """;
    private static final String HEARINGS_CTE = """
            h_in as (select r.*, c.id as case_id
                       from jsonb_to_recordset(?::jsonb) as r(k int, i int, scheduled_at timestamptz, status text)
                       join c_id c on c.i = r.i and c.id is not null),
            h_old as (select r.*, x.id as old_id from h_in r left join lateral (
                             select h.id from hearing h where h.case_id = r.case_id and h.scheduled_at = r.scheduled_at
                             offset 0) x on true),
            h_w as (insert into hearing as t (case_id, scheduled_at, status)
                    select case_id, scheduled_at, status from h_old order by case_id, scheduled_at
                    on conflict (case_id, scheduled_at) do update
                       set status = excluded.status, version = t.version + 1, updated_at = now()
                     where t.status is distinct from excluded.status
                    returning t.id, t.case_id, t.scheduled_at),
            h_id as (select o.k, o.i, coalesce(w.id, o.old_id) as id, o.old_id is null as created,
                            w.id is not null as written
                       from h_old o left join h_w w on w.case_id = o.case_id and w.scheduled_at = o.scheduled_at)
            """;
    private static final String NOTICES_CTE = """
            n_in as (select r.*, h.i, h.id as hearing_id
                       from jsonb_to_recordset(?::jsonb) as r(h int, agency_id bigint, court text, number text,
                                                              served_on date)
                       join h_id h on h.k = r.h and h.id is not null),
            n_old as (select r.*, x.id as old_id from n_in r left join lateral (
                             select n.id from notice n where n.court = r.court and n.number = r.number offset 0) x
                             on true),
            n_w as (insert into notice as t (hearing_id, agency_id, court, number, served_on)
                    select hearing_id, agency_id, court, number, served_on from n_old order by court, number
                    on conflict (court, number) do update
                       set hearing_id = excluded.hearing_id, agency_id = excluded.agency_id,
                           served_on = excluded.served_on, version = t.version + 1, updated_at = now()
                     where (t.hearing_id, t.agency_id, t.served_on)
                           is distinct from (excluded.hearing_id, excluded.agency_id, excluded.served_on)
                    returning t.court, t.number)
            """;
    private static final String APPEARANCES_CTE = """
            a_in as (select r.*, h.i, h.id as hearing_id
                       from jsonb_to_recordset(?::jsonb) as r(h int, agency_id bigint, official_id bigint, source text,
                                                              spoke boolean, left_early boolean, identity_status text)
                       join h_id h on h.k = r.h and h.id is not null),
            a_old as (select r.*, x.id as old_id, x.left_early as old_left_early, x.identity_status as old_identity
                        from a_in r left join lateral (
                             select a.id, a.left_early, a.identity_status from appearance a
                              where a.hearing_id = r.hearing_id and a.official_id = r.official_id
                                and a.source = r.source offset 0) x on true),
            a_w as (insert into appearance as t (hearing_id, agency_id, official_id, source, spoke, left_early,
                                                 identity_status)
                    select hearing_id, agency_id, official_id, source, spoke,
                           coalesce(left_early, old_left_early, false),
                           coalesce(identity_status, old_identity, 'VERIFIED')
                      from a_old order by hearing_id, official_id, source
                    on conflict (hearing_id, official_id, source) do update
                       set agency_id = excluded.agency_id, spoke = excluded.spoke, left_early = excluded.left_early,
                           identity_status = excluded.identity_status, version = t.version + 1, updated_at = now()
                     where (t.agency_id, t.spoke, t.left_early, t.identity_status)
                           is distinct from (excluded.agency_id, excluded.spoke, excluded.left_early,
                                             excluded.identity_status)
                    returning t.hearing_id, t.official_id, t.source)
            """;
    private static final String DELEGATIONS_CTE = """
            g_in as (select r.*, h.i, h.id as hearing_id
                       from jsonb_to_recordset(?::jsonb) as r(h int, agency_id bigint, reason_category text,
                                                              reason text, delegate_official_id bigint,
                                                              filed_on date, status text)
                       join h_id h on h.k = r.h and h.id is not null),
            g_old as (select r.*, x.id as old_id, x.status as old_status from g_in r left join lateral (
                             select d.id, d.status from delegation d
                              where d.hearing_id = r.hearing_id and d.agency_id = r.agency_id
                                and d.filed_on = r.filed_on offset 0) x on true),
            g_w as (insert into delegation as t (hearing_id, agency_id, reason_category, reason, delegate_official_id,
                                                 filed_on, status)
                    select hearing_id, agency_id, reason_category, reason, delegate_official_id, filed_on,
                           coalesce(status, old_status, 'SUBMITTED')
                      from g_old order by hearing_id, agency_id, filed_on
                    on conflict (hearing_id, agency_id, filed_on) do update
                       set reason_category = excluded.reason_category, reason = excluded.reason,
                           delegate_official_id = excluded.delegate_official_id, status = excluded.status,
                           version = t.version + 1, updated_at = now()
                     where (t.reason_category, t.reason, t.delegate_official_id, t.status)
                           is distinct from (excluded.reason_category, excluded.reason, excluded.delegate_official_id,
                                             excluded.status)
                    returning t.hearing_id, t.agency_id, t.filed_on)
            """;
    private static final String OUTCOMES_CTE = """
            o_in as (select r.*, c.id as case_id
                       from jsonb_to_recordset(?::jsonb) as r(i int, result text, concluded_on date, coordinated boolean)
                       join c_id c on c.i = r.i and c.id is not null),
            o_old as (select r.*, x.case_id as old_id, x.coordinated as old_coordinated from o_in r left join lateral (
                             select o.case_id, o.coordinated from outcome o where o.case_id = r.case_id offset 0) x
                             on true),
            o_w as (insert into outcome as t (case_id, result, concluded_on, coordinated)
                    select case_id, result, concluded_on, coalesce(coordinated, old_coordinated, false)
                      from o_old order by case_id
                    on conflict (case_id) do update
                       set result = excluded.result, concluded_on = excluded.concluded_on,
                           coordinated = excluded.coordinated, version = t.version + 1, updated_at = now()
                     where (t.result, t.concluded_on, t.coordinated)
                           is distinct from (excluded.result, excluded.concluded_on, excluded.coordinated)
                    returning t.case_id)
            """;
    private static final String[] CTES = {HEARINGS_CTE, NOTICES_CTE, APPEARANCES_CTE, DELEGATIONS_CTE, OUTCOMES_CTE};
    private static final String CASES_RESULT = """
            select 'C', i, created, written, id is null from c_id
            union all select 'D', c.i, false, true, false from d_w join c_id c on c.id = d_w.case_id
            """;
    private static final String[] RESULTS = {
        "select 'H', i, created, written, id is null from h_id",
        """
        select 'N', o.i, o.old_id is null, true, false
          from n_old o join n_w w on w.court = o.court and w.number = o.number""",
        """
        select 'A', o.i, o.old_id is null, true, false
          from a_old o join a_w w on w.hearing_id = o.hearing_id and w.official_id = o.official_id
                                 and w.source = o.source""",
        """
        select 'G', o.i, o.old_id is null, true, false
          from g_old o join g_w w on w.hearing_id = o.hearing_id and w.agency_id = o.agency_id
                                 and w.filed_on = o.filed_on""",
        "select 'O', o.i, o.old_id is null, true, false from o_old o join o_w w on w.case_id = o.case_id"};
    private static final Map<Integer, String> STATEMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The statement for the collections present (bit 0 hearings … bit 4 outcomes). */
    private static String upsertStatement(int present) {
        return STATEMENTS.computeIfAbsent(present, p -> {
            StringBuilder sql = new StringBuilder("with\n").append(CASES_CTE);
            for (int i = 0; i < CTES.length; i++) {
                if ((p & (1 << i)) != 0) {
                    sql.append(",\n").append(CTES[i]);
                }
            }
            sql.append("\n").append(CASES_RESULT);
            for (int i = 0; i < RESULTS.length; i++) {
                if ((p & (1 << i)) != 0) {
                    sql.append("\nunion all ").append(RESULTS[i]);
                }
            }
            return sql.toString();
        });
    }

    /**
     * Upserts the cases and everything in them. {@code refs} must hold the ids of every agency and official the
     * cases name; {@code forcedSource} is the source of every appearance (court intake), or null to take the
     * document's (ledger).
     */
    CaseWrites upsertCases(Connection c, List<CaseDocument> cases, References refs, String forcedSource)
            throws SQLException {
        ArrayNode caseRows = mapper.createArrayNode();
        ArrayNode hearingRows = mapper.createArrayNode();
        ArrayNode noticeRows = mapper.createArrayNode();
        ArrayNode appearanceRows = mapper.createArrayNode();
        ArrayNode delegationRows = mapper.createArrayNode();
        ArrayNode outcomeRows = mapper.createArrayNode();
        for (int i = 0; i < cases.size(); i++) {
            CaseDocument doc = cases.get(i);
            ObjectNode row = caseRows.addObject().put("i", i).put("court", doc.court())
                    .put("case_number", doc.caseNumber()).put("trial_level", doc.trialLevel())
                    .put("filed_on", doc.filedOn() == null ? null : doc.filedOn().toString())
                    .put("cause_of_action", doc.causeOfAction());
            array(row, "plaintiffs", doc.plaintiffs());
            array(row, "mandatory_categories", doc.mandatoryCategories());
            ArrayNode defendants = row.putArray("defendants");
            doc.defendants().forEach(code -> defendants.add(refs.agencies.get(code).id()));
            for (HearingDocument hearing : nonNull(doc.hearings())) {
                int k = hearingRows.size();
                hearingRows.addObject().put("k", k).put("i", i)
                        .put("scheduled_at", INSTANT.format(hearing.scheduledAt())).put("status", hearing.status());
                for (NoticeDocument n : nonNull(hearing.notices())) {
                    noticeRows.addObject().put("h", k).put("agency_id", refs.agencies.get(n.agencyCode()).id())
                            .put("court", n.court() != null ? n.court() : doc.court()).put("number", n.number())
                            .put("served_on", n.servedOn().toString());
                }
                for (AppearanceDocument a : nonNull(hearing.appearances())) {
                    OfficialRef official = refs.officials.get(a.officialCode());
                    String source = forcedSource != null ? forcedSource : a.source() != null ? a.source() : "AGENCY";
                    appearanceRows.addObject().put("h", k).put("agency_id", official.agencyId())
                            .put("official_id", official.id()).put("source", source).put("spoke", a.spoke())
                            .put("left_early", a.leftEarly()).put("identity_status", a.identityStatus());
                }
                for (DelegationDocument d : nonNull(hearing.delegations())) {
                    delegationRows.addObject().put("h", k).put("agency_id", refs.agencies.get(d.agencyCode()).id())
                            .put("reason_category", d.reasonCategory()).put("reason", d.reason())
                            .put("delegate_official_id", refs.officials.get(d.delegateOfficialCode()).id())
                            .put("filed_on", d.filedOn().toString()).put("status", d.status());
                }
            }
            if (doc.outcome() != null) {
                outcomeRows.addObject().put("i", i).put("result", doc.outcome().result())
                        .put("concluded_on", doc.outcome().concludedOn().toString())
                        .put("coordinated", doc.outcome().coordinated());
            }
        }

        CaseWrites writes = new CaseWrites(cases.size());
        // created, updated per collection: C, H, N, A, G, O
        Map<String, int[]> tally = new java.util.HashMap<>();
        boolean[] lost = {false};
        ArrayNode[] children = {hearingRows, noticeRows, appearanceRows, delegationRows, outcomeRows};
        int present = 0;
        for (int i = 0; i < children.length; i++) {
            present |= children[i].isEmpty() ? 0 : 1 << i;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertStatement(present))) {
            int parameter = 1;
            ps.setString(parameter++, json(caseRows));
            for (int i = 0; i < children.length; i++) {
                if ((present & (1 << i)) != 0) {
                    ps.setString(parameter++, json(children[i]));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    int i = rs.getInt(2);
                    boolean created = rs.getBoolean(3);
                    boolean written = rs.getBoolean(4);
                    lost[0] |= rs.getBoolean(5);
                    if (kind.equals("C")) {
                        writes.created[i] = written && created;
                    }
                    if (written) {
                        writes.changed[i] = true;
                        if (!kind.equals("D")) {
                            tally.computeIfAbsent(kind, x -> new int[2])[created ? 0 : 1]++;
                        }
                    }
                }
            }
        }
        if (lost[0]) {
            // Another request inserted the same case or hearing after this statement's snapshot: nothing of this
            // batch can be trusted to be complete, so the transaction is rolled back and the client retries.
            throw ProblemException.conflict("Another request stored the same case at the same moment; nothing of "
                    + "this request was stored. Retry it (with the same Idempotency-Key).");
        }
        writes.cases = counts(caseRows.size(), tally.get("C"));
        writes.hearings = counts(hearingRows.size(), tally.get("H"));
        writes.notices = counts(noticeRows.size(), tally.get("N"));
        writes.appearances = counts(appearanceRows.size(), tally.get("A"));
        writes.delegations = counts(delegationRows.size(), tally.get("G"));
        writes.outcomes = counts(outcomeRows.size(), tally.get("O"));
        return writes;
    }

    private static Counts counts(int total, int[] createdUpdated) {
        return createdUpdated == null ? new Counts(0, 0, total)
                : counts(total, createdUpdated[0], createdUpdated[1]);
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void run(Connection c, String sql, String json, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private String json(ArrayNode rows) {
        try {
            return mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void array(ObjectNode row, String field, List<String> values) {
        if (values == null) {
            row.putNull(field);
        } else {
            ArrayNode array = row.putArray(field);
            values.forEach(array::add);
        }
    }

    private static Counts counts(int total, int created, int updated) {
        return new Counts(created, updated, total - created - updated);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
