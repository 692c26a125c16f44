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
        try (PreparedStatement ps = c.prepareStatement("""
                select 'A', a.id, a.code, p.code, null::bigint, null
                  from agency a left join agency p on p.id = a.parent_id
                 where ? or a.code = any(?)
                union all
                select 'O', o.id, o.code, a.code, o.agency_id, o.role
                  from official o join agency a on a.id = o.agency_id
                 where o.code = any(?)""")) {
            ps.setBoolean(1, allAgencies);
            ps.setArray(2, c.createArrayOf("text", agencyCodes.toArray()));
            ps.setArray(3, c.createArrayOf("text", officialCodes.toArray()));
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
     * Upserts the cases and everything in them. {@code refs} must hold the ids of every agency and official the
     * cases name; {@code forcedSource} is the source of every appearance (court intake), or null to take the
     * document's (ledger).
     */
    CaseWrites upsertCases(Connection c, List<CaseDocument> cases, References refs, String forcedSource)
            throws SQLException {
        CaseWrites writes = new CaseWrites(cases.size());
        long[] caseIds = caseRows(c, cases, writes);
        defendants(c, cases, caseIds, refs, writes);

        List<int[]> hearingOwners = new ArrayList<>();
        ArrayNode hearingRows = mapper.createArrayNode();
        for (int i = 0; i < cases.size(); i++) {
            List<HearingDocument> hearings = cases.get(i).hearings();
            for (int h = 0; hearings != null && h < hearings.size(); h++) {
                HearingDocument hearing = hearings.get(h);
                hearingRows.addObject().put("k", hearingOwners.size()).put("case_id", caseIds[i])
                        .put("scheduled_at", INSTANT.format(hearing.scheduledAt())).put("status", hearing.status());
                hearingOwners.add(new int[] {i, h});
            }
        }
        long[] hearingIds = new long[hearingOwners.size()];
        int[] hearingCounts = {0, 0};
        if (!hearingOwners.isEmpty()) {
            run(c, """
                    with r as (select * from jsonb_to_recordset(?::jsonb) as r(k int, case_id bigint,
                                                                                  scheduled_at timestamptz, status text)),
                         e as (select r.*, h.id as existing_id
                                 from r left join hearing h on h.case_id = r.case_id and h.scheduled_at = r.scheduled_at),
                         w as (insert into hearing as t (case_id, scheduled_at, status)
                               select case_id, scheduled_at, status from e order by case_id, scheduled_at
                               on conflict (case_id, scheduled_at) do update
                                  set status = excluded.status, version = t.version + 1, updated_at = now()
                                where t.status is distinct from excluded.status
                               returning t.id, t.case_id, t.scheduled_at)
                    select e.k, coalesce(w.id, e.existing_id), e.existing_id is null, w.id is not null
                      from e left join w on w.case_id = e.case_id and w.scheduled_at = e.scheduled_at""",
                    json(hearingRows), rs -> {
                        int k = rs.getInt(1);
                        hearingIds[k] = rs.getLong(2);
                        if (rs.getBoolean(4)) {
                            writes.changed[hearingOwners.get(k)[0]] = true;
                            hearingCounts[rs.getBoolean(3) ? 0 : 1]++;
                        }
                    });
            for (int k = 0; k < hearingIds.length; k++) {
                if (hearingIds[k] == 0) {
                    hearingIds[k] = reselectHearing(c, caseIds[hearingOwners.get(k)[0]],
                            cases.get(hearingOwners.get(k)[0]).hearings().get(hearingOwners.get(k)[1]));
                }
            }
        }
        writes.hearings = counts(hearingOwners.size(), hearingCounts[0], hearingCounts[1]);

        ArrayNode notices = mapper.createArrayNode();
        ArrayNode appearances = mapper.createArrayNode();
        ArrayNode delegations = mapper.createArrayNode();
        List<Integer> noticeOwners = new ArrayList<>();
        List<Integer> appearanceOwners = new ArrayList<>();
        List<Integer> delegationOwners = new ArrayList<>();
        for (int k = 0; k < hearingOwners.size(); k++) {
            int caseIndex = hearingOwners.get(k)[0];
            CaseDocument doc = cases.get(caseIndex);
            HearingDocument hearing = doc.hearings().get(hearingOwners.get(k)[1]);
            for (NoticeDocument n : nonNull(hearing.notices())) {
                notices.addObject().put("k", noticeOwners.size()).put("hearing_id", hearingIds[k])
                        .put("agency_id", refs.agencies.get(n.agencyCode()).id())
                        .put("court", n.court() != null ? n.court() : doc.court()).put("number", n.number())
                        .put("served_on", n.servedOn().toString());
                noticeOwners.add(caseIndex);
            }
            for (AppearanceDocument a : nonNull(hearing.appearances())) {
                OfficialRef official = refs.officials.get(a.officialCode());
                String source = forcedSource != null ? forcedSource : a.source() != null ? a.source() : "AGENCY";
                appearances.addObject().put("k", appearanceOwners.size()).put("hearing_id", hearingIds[k])
                        .put("agency_id", official.agencyId()).put("official_id", official.id())
                        .put("source", source).put("spoke", a.spoke()).put("left_early", a.leftEarly())
                        .put("identity_status", a.identityStatus());
                appearanceOwners.add(caseIndex);
            }
            for (DelegationDocument d : nonNull(hearing.delegations())) {
                delegations.addObject().put("k", delegationOwners.size()).put("hearing_id", hearingIds[k])
                        .put("agency_id", refs.agencies.get(d.agencyCode()).id())
                        .put("reason_category", d.reasonCategory()).put("reason", d.reason())
                        .put("delegate_official_id", refs.officials.get(d.delegateOfficialCode()).id())
                        .put("filed_on", d.filedOn().toString()).put("status", d.status());
                delegationOwners.add(caseIndex);
            }
        }
        writes.notices = children(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(k int, hearing_id bigint, agency_id bigint,
                                                                              court text, number text, served_on date)),
                     e as (select r.*, n.id as existing_id
                             from r left join notice n on n.court = r.court and n.number = r.number),
                     w as (insert into notice as t (hearing_id, agency_id, court, number, served_on)
                           select hearing_id, agency_id, court, number, served_on from e order by court, number
                           on conflict (court, number) do update
                              set hearing_id = excluded.hearing_id, agency_id = excluded.agency_id,
                                  served_on = excluded.served_on, version = t.version + 1, updated_at = now()
                            where (t.hearing_id, t.agency_id, t.served_on)
                                  is distinct from (excluded.hearing_id, excluded.agency_id, excluded.served_on)
                           returning t.court, t.number)
                select e.k, e.existing_id is null from e join w on w.court = e.court and w.number = e.number""",
                notices, noticeOwners, writes);
        writes.appearances = children(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(k int, hearing_id bigint, agency_id bigint,
                                       official_id bigint, source text, spoke boolean, left_early boolean,
                                       identity_status text)),
                     e as (select r.k, r.hearing_id, r.agency_id, r.official_id, r.source, r.spoke,
                                  coalesce(r.left_early, a.left_early, false) as left_early,
                                  coalesce(r.identity_status, a.identity_status, 'VERIFIED') as identity_status,
                                  a.id as existing_id
                             from r left join appearance a on a.hearing_id = r.hearing_id
                                                          and a.official_id = r.official_id and a.source = r.source),
                     w as (insert into appearance as t (hearing_id, agency_id, official_id, source, spoke, left_early,
                                                        identity_status)
                           select hearing_id, agency_id, official_id, source, spoke, left_early, identity_status
                             from e order by hearing_id, official_id, source
                           on conflict (hearing_id, official_id, source) do update
                              set agency_id = excluded.agency_id, spoke = excluded.spoke,
                                  left_early = excluded.left_early, identity_status = excluded.identity_status,
                                  version = t.version + 1, updated_at = now()
                            where (t.agency_id, t.spoke, t.left_early, t.identity_status)
                                  is distinct from (excluded.agency_id, excluded.spoke, excluded.left_early,
                                                    excluded.identity_status)
                           returning t.hearing_id, t.official_id, t.source)
                select e.k, e.existing_id is null
                  from e join w on w.hearing_id = e.hearing_id and w.official_id = e.official_id
                               and w.source = e.source""",
                appearances, appearanceOwners, writes);
        writes.delegations = children(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(k int, hearing_id bigint, agency_id bigint,
                                       reason_category text, reason text, delegate_official_id bigint, filed_on date,
                                       status text)),
                     e as (select r.k, r.hearing_id, r.agency_id, r.reason_category, r.reason, r.delegate_official_id,
                                  r.filed_on, coalesce(r.status, d.status, 'SUBMITTED') as status, d.id as existing_id
                             from r left join delegation d on d.hearing_id = r.hearing_id
                                                          and d.agency_id = r.agency_id and d.filed_on = r.filed_on),
                     w as (insert into delegation as t (hearing_id, agency_id, reason_category, reason,
                                                        delegate_official_id, filed_on, status)
                           select hearing_id, agency_id, reason_category, reason, delegate_official_id, filed_on, status
                             from e order by hearing_id, agency_id, filed_on
                           on conflict (hearing_id, agency_id, filed_on) do update
                              set reason_category = excluded.reason_category, reason = excluded.reason,
                                  delegate_official_id = excluded.delegate_official_id, status = excluded.status,
                                  version = t.version + 1, updated_at = now()
                            where (t.reason_category, t.reason, t.delegate_official_id, t.status)
                                  is distinct from (excluded.reason_category, excluded.reason,
                                                    excluded.delegate_official_id, excluded.status)
                           returning t.hearing_id, t.agency_id, t.filed_on)
                select e.k, e.existing_id is null
                  from e join w on w.hearing_id = e.hearing_id and w.agency_id = e.agency_id
                               and w.filed_on = e.filed_on""",
                delegations, delegationOwners, writes);

        ArrayNode outcomes = mapper.createArrayNode();
        List<Integer> outcomeOwners = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            var o = cases.get(i).outcome();
            if (o != null) {
                ObjectNode row = outcomes.addObject().put("k", outcomeOwners.size()).put("case_id", caseIds[i])
                        .put("result", o.result()).put("concluded_on", o.concludedOn().toString());
                row.put("coordinated", o.coordinated());
                outcomeOwners.add(i);
            }
        }
        writes.outcomes = children(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(k int, case_id bigint, result text,
                                                                              concluded_on date, coordinated boolean)),
                     e as (select r.k, r.case_id, r.result, r.concluded_on,
                                  coalesce(r.coordinated, o.coordinated, false) as coordinated, o.case_id as existing_id
                             from r left join outcome o on o.case_id = r.case_id),
                     w as (insert into outcome as t (case_id, result, concluded_on, coordinated)
                           select case_id, result, concluded_on, coordinated from e order by case_id
                           on conflict (case_id) do update
                              set result = excluded.result, concluded_on = excluded.concluded_on,
                                  coordinated = excluded.coordinated, version = t.version + 1, updated_at = now()
                            where (t.result, t.concluded_on, t.coordinated)
                                  is distinct from (excluded.result, excluded.concluded_on, excluded.coordinated)
                           returning t.case_id)
                select e.k, e.existing_id is null from e join w on w.case_id = e.case_id""",
                outcomes, outcomeOwners, writes);
        return writes;
    }

    private long[] caseRows(Connection c, List<CaseDocument> cases, CaseWrites writes) throws SQLException {
        ArrayNode rows = mapper.createArrayNode();
        for (int i = 0; i < cases.size(); i++) {
            CaseDocument doc = cases.get(i);
            ObjectNode row = rows.addObject().put("i", i).put("court", doc.court())
                    .put("case_number", doc.caseNumber()).put("trial_level", doc.trialLevel())
                    .put("filed_on", doc.filedOn() == null ? null : doc.filedOn().toString())
                    .put("cause_of_action", doc.causeOfAction());
            array(row, "plaintiffs", doc.plaintiffs());
            array(row, "mandatory_categories", doc.mandatoryCategories());
        }
        long[] ids = new long[cases.size()];
        int[] counts = {0, 0};
        run(c, """
                with r as (select * from jsonb_to_recordset(?::jsonb) as r(i int, court text, case_number text,
                                       trial_level text, filed_on date, cause_of_action text, plaintiffs text[],
                                       mandatory_categories text[])),
                     e as (select r.i, r.court, r.case_number, r.trial_level, lc.id as existing_id,
                                  coalesce(r.filed_on, lc.filed_on) as filed_on,
                                  coalesce(r.cause_of_action, lc.cause_of_action) as cause_of_action,
                                  coalesce(r.plaintiffs, lc.plaintiffs, '{}') as plaintiffs,
                                  coalesce(r.mandatory_categories, lc.mandatory_categories, '{}')
                                      as mandatory_categories
                             from r left join litigation_case lc
                                    on lc.court = r.court and lc.case_number = r.case_number),
                     w as (insert into litigation_case as t (court, case_number, trial_level, filed_on, cause_of_action,
                                                             plaintiffs, mandatory_categories)
                           select court, case_number, trial_level, filed_on, cause_of_action, plaintiffs,
                                  mandatory_categories
                             from e order by court, case_number
                           on conflict (court, case_number) do update
                              set trial_level = excluded.trial_level, filed_on = excluded.filed_on,
                                  cause_of_action = excluded.cause_of_action, plaintiffs = excluded.plaintiffs,
                                  mandatory_categories = excluded.mandatory_categories,
                                  version = t.version + 1, updated_at = now()
                            where (t.trial_level, t.filed_on, t.cause_of_action, t.plaintiffs, t.mandatory_categories)
                                  is distinct from (excluded.trial_level, excluded.filed_on, excluded.cause_of_action,
                                                    excluded.plaintiffs, excluded.mandatory_categories)
                           returning t.id, t.court, t.case_number)
                select e.i, coalesce(w.id, e.existing_id), e.existing_id is null, w.id is not null
                  from e left join w on w.court = e.court and w.case_number = e.case_number""", json(rows), rs -> {
            int i = rs.getInt(1);
            ids[i] = rs.getLong(2);
            boolean written = rs.getBoolean(4);
            writes.created[i] = written && rs.getBoolean(3);
            writes.changed[i] = written;
            if (written) {
                counts[writes.created[i] ? 0 : 1]++;
            }
        });
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == 0) {
                // Inserted by a concurrent request after this statement's snapshot, with the same values.
                ids[i] = reselect(c, "select id from litigation_case where court = ? and case_number = ?",
                        cases.get(i).court(), cases.get(i).caseNumber());
            }
        }
        writes.cases = counts(cases.size(), counts[0], counts[1]);
        return ids;
    }

    private void defendants(Connection c, List<CaseDocument> cases, long[] caseIds, References refs,
            CaseWrites writes) throws SQLException {
        List<Long> caseColumn = new ArrayList<>();
        List<Long> agencyColumn = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            for (String code : new java.util.LinkedHashSet<>(cases.get(i).defendants())) {
                caseColumn.add(caseIds[i]);
                agencyColumn.add(refs.agencies.get(code).id());
            }
        }
        Map<Long, Integer> indexOfCase = new java.util.HashMap<>();
        for (int i = 0; i < caseIds.length; i++) {
            indexOfCase.put(caseIds[i], i);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into case_defendant (case_id, agency_id)
                select * from unnest(?::bigint[], ?::bigint[]) as r(case_id, agency_id) order by 1, 2
                on conflict do nothing
                returning case_id""")) {
            ps.setArray(1, c.createArrayOf("bigint", caseColumn.toArray()));
            ps.setArray(2, c.createArrayOf("bigint", agencyColumn.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    writes.changed[indexOfCase.get(rs.getLong(1))] = true;
                }
            }
        }
    }

    /** Runs a child upsert returning {@code (k, created)} for each row written; k indexes {@code owners}. */
    private Counts children(Connection c, String sql, ArrayNode rows, List<Integer> owners, CaseWrites writes)
            throws SQLException {
        if (rows.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        int[] counts = {0, 0};
        run(c, sql, json(rows), rs -> {
            writes.changed[owners.get(rs.getInt(1))] = true;
            counts[rs.getBoolean(2) ? 0 : 1]++;
        });
        return counts(rows.size(), counts[0], counts[1]);
    }

    private long reselectHearing(Connection c, long caseId, HearingDocument hearing) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select id from hearing where case_id = ? and scheduled_at = ?::timestamptz")) {
            ps.setLong(1, caseId);
            ps.setString(2, INSTANT.format(hearing.scheduledAt()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long reselect(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
