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

    private StoredDuties() {
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
