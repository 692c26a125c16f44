package org.yingsu.testing;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.yingsu.litigation.duties.DutyWriter;

/**
 * The stored duties of some cases beside the ones computed from scratch out of the raw rows, in a transaction that
 * is rolled back: equal when every write path kept them current.
 */
public final class StoredDuties {

    private static final String DUTIES = "select case_id || '/' || agency_id || '/' || kind || '/' || hearing_id || '/'"
            + " || duty_date || '/' || trial_level || '/' || status || '/' || covered_hearing_ids::text as row"
            + " from duty where case_id = any (?) order by 1";
    private static final String HEARINGS = "select hearing_id || '/' || agency_id || '/' || case_id || '/'"
            + " || hearing_date || '/' || defends || '/' || notices || '/' || late_notices || '/' || head_appeared"
            + " || '/' || silent || '/' || left_early || '/' || no_one_appeared as row"
            + " from duty_hearing where case_id = any (?) order by 1";

    /** The kept sums per agency and period, the rows all zero left out (a period whose last duty went away). */
    private static final String ROLLUP = "select agency_id || '/' || span || '/' || period_start || '/'"
            + " || trial_level || '/' || mandatory_categories::text || '/' || outcome_result || '/' || cases || '/'"
            + " || cases_met || '/' || justified || '/' || pending || '/' || unjustified || '/' || notices || '/'"
            + " || notices_head || '/'"
            + " || silent || '/' || left_early || '/' || no_one || '/' || late || '/' || concluded || '/'"
            + " || coordinated as row from duty_period"
            + " where (cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early,"
            + " no_one, late, concluded, coordinated) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) order by 1";

    /** The same sums over the stored rows one by one, grouped the same way. */
    private static final String SUMMED = "select agency_id || '/' || span || '/' || date_trunc(span, month)::date"
            + " || '/' || trial_level || '/' || mandatory_categories::text || '/' || outcome_result || '/'"
            + " || sum(cases) || '/' || sum(cases_met)"
            + " || '/' || sum(justified) || '/' || sum(pending) || '/' || sum(unjustified) || '/' || sum(notices)"
            + " || '/' || sum(notices_head) || '/' || sum(silent) || '/' || sum(left_early) || '/' || sum(no_one)"
            + " || '/' || sum(late) || '/' || sum(concluded) || '/' || sum(coordinated) as row from ("
            + " select agency_id, date_trunc('month', duty_date)::date as month, trial_level, mandatory_categories,"
            + " '' as outcome_result, 1 as cases, (status = 'MET')::int as cases_met,"
            + " (status = 'JUSTIFIED')::int as justified, (status = 'PENDING')::int as pending,"
            + " (status = 'UNJUSTIFIED')::int as unjustified, 0 as notices, 0 as notices_head, 0 as silent,"
            + " 0 as left_early, 0 as no_one, 0 as late, 0 as concluded, 0 as coordinated from duty"
            + " union all select agency_id, date_trunc('month', hearing_date)::date, trial_level, '{}', '', 0, 0, 0,"
            + " 0, 0, notices, case when head_appeared then notices else 0 end, case when defends then silent else 0"
            + " end, case when defends then left_early else 0 end, no_one_appeared::int, late_notices, 0, 0"
            + " from duty_hearing"
            + " union all select d.agency_id, date_trunc('month', o.concluded_on)::date, c.trial_level, '{}',"
            + " o.result, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, o.coordinated::int"
            + " from outcome o join litigation_case c on c.id = o.case_id join case_defendant d on d.case_id = c.id"
            + ") s cross join (values ('month'), ('quarter'), ('year')) as p(span)"
            + " group by agency_id, span, date_trunc(span, month), trial_level, mandatory_categories, outcome_result"
            + " having (sum(cases), sum(cases_met), sum(justified), sum(pending), sum(unjustified), sum(notices),"
            + " sum(notices_head), sum(silent), sum(left_early), sum(no_one), sum(late), sum(concluded),"
            + " sum(coordinated)) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) order by 1";

    private StoredDuties() {
    }

    /**
     * [kept, summed] rows of the whole database: the sums per agency and period the write paths kept (duty_period),
     * and the same sums over every stored duty and per-hearing figure and over the raw outcomes. Equal when every
     * write, delete and correction kept them current.
     */
    public static List<List<String>> periodSums(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return List.of(list(c, ROLLUP), list(c, SUMMED));
        }
    }

    private static List<String> list(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** [stored, from scratch] rows of duty and duty_hearing for the cases. */
    public static List<List<String>> storedAndFresh(DataSource dataSource, List<Long> caseIds) throws SQLException {
        DutyWriter writer = Arc.container().instance(DutyWriter.class).get();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<String> stored = rows(c, caseIds);
                writer.recompute(c, caseIds);
                List<String> fresh = rows(c, caseIds);
                return List.of(stored, fresh);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * A statement written straight into the litigation tables (a situation the API would not make), in a transaction
     * that computes the duties of the cases it touched before it commits, as every write path does.
     */
    public static void update(DataSource dataSource, String sql, Object... values) throws SQLException {
        DutyWriter writer = Arc.container().instance(DutyWriter.class).get();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
                writer.recomputeStale(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static List<String> rows(Connection c, List<Long> caseIds) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String sql : new String[] {DUTIES, HEARINGS}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("bigint", caseIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
