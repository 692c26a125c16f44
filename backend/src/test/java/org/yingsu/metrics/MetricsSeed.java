package org.yingsu.metrics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingsu.litigation.duties.DutyWriter;
import org.yingsu.testing.Fixtures;

/**
 * Writes rows straight into the tables, so the figures can be tested on exact situations (including ones the API
 * refuses to create) without depending on the other features' endpoints; each write computes its cases' duties as
 * the write paths do. Keys are unique per call.
 */
final class MetricsSeed {

    private final AgroalDataSource dataSource;
    private final DutyWriter duties = Arc.container().instance(DutyWriter.class).get();

    MetricsSeed(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Agency(long id, String code) {
    }

    Agency agency(String kind) {
        String code = Fixtures.unique("MX");
        long id = insert("insert into agency (code, name, kind) values (?, ?, ?) returning id", code,
                "测试单位" + code, kind);
        return new Agency(id, code);
    }

    long official(Agency agency, String role, String validFrom, String validTo) {
        return insert("insert into official (code, agency_id, name, role, valid_from, valid_to) "
                        + "values (?, ?, '王某', ?, ?::date, ?::date) returning id",
                Fixtures.unique("MXO"), agency.id(), role, validFrom, validTo);
    }

    long caseOf(String trialLevel, List<String> mandatory, Agency... defendants) {
        long id = insert("insert into litigation_case (court, case_number, trial_level, mandatory_categories) "
                        + "values ('重庆市渝北区人民法院', ?, ?, ?::text[]) returning id",
                Fixtures.unique("（2022）渝0112行初"), trialLevel, "{" + String.join(",", mandatory) + "}");
        for (Agency defendant : defendants) {
            update("insert into case_defendant (case_id, agency_id) values (?, ?)", id, defendant.id());
        }
        return id;
    }

    long caseOf(Agency... defendants) {
        return caseOf("FIRST_INSTANCE", List.of(), defendants);
    }

    long hearing(long caseId, String scheduledAt, String status) {
        return insert("insert into hearing (case_id, scheduled_at, status) values (?, ?, ?) returning id",
                caseId, OffsetDateTime.parse(scheduledAt), status);
    }

    long held(long caseId, String scheduledAt) {
        return hearing(caseId, scheduledAt, "HELD");
    }

    void notice(long hearingId, Agency agency, String servedOn) {
        update("insert into notice (hearing_id, agency_id, court, number, served_on) "
                        + "values (?, ?, '重庆市渝北区人民法院', ?, ?::date)",
                hearingId, agency.id(), Fixtures.unique("通知"), servedOn);
    }

    void appearance(long hearingId, Agency agency, long officialId, String source, boolean spoke,
            boolean leftEarly, String identityStatus) {
        update("insert into appearance (hearing_id, agency_id, official_id, source, spoke, left_early, "
                        + "identity_status) values (?, ?, ?, ?, ?, ?, ?)",
                hearingId, agency.id(), officialId, source, spoke, leftEarly, identityStatus);
    }

    void appeared(long hearingId, Agency agency, long officialId) {
        appearance(hearingId, agency, officialId, "AGENCY", true, false, "VERIFIED");
    }

    void delegation(long hearingId, Agency agency, long delegateId, String filedOn, String status) {
        update("insert into delegation (hearing_id, agency_id, reason_category, reason, delegate_official_id, "
                        + "filed_on, status) values (?, ?, 'NON_DELEGABLE_DUTY', '同日须出席全区防汛调度会议，无法出庭', ?, ?::date, ?)",
                hearingId, agency.id(), delegateId, filedOn, status);
    }

    /** art. 3: only these defendants' heads appear, by agreement or the court's decision. */
    void designate(long caseId, String basis, Agency... designated) {
        StringBuilder ids = new StringBuilder("{");
        for (Agency a : designated) {
            ids.append(ids.length() > 1 ? "," : "").append(a.id());
        }
        update("update litigation_case set designation_basis = ?, designated_agency_ids = ?::bigint[] where id = ?",
                basis, ids.append("}").toString(), caseId);
    }

    /** art. 9: the court's finding on the agency's explanation for the hearing. */
    void courtFinding(long hearingId, Agency agency, String finding) {
        update("update delegation set court_finding = ? where hearing_id = ? and agency_id = ?", finding, hearingId,
                agency.id());
    }

    /** A post ends (people change posts): the duties of the cases where the official appeared change with it. */
    void endPost(long officialId, String validTo) {
        update("update official set valid_to = ?::date where id = ?", validTo, officialId);
    }

    void outcome(long caseId, String result, String concludedOn, boolean coordinated) {
        update("insert into outcome (case_id, result, concluded_on, coordinated) values (?, ?, ?::date, ?)",
                caseId, result, concludedOn, coordinated);
    }

    void recommendation(Agency agency, String receivedOn) {
        update("insert into judicial_recommendation (court, number, agency_id, received_on, content) "
                        + "values ('重庆市渝北区人民法院', ?, ?, ?::date, '建议加强负责人出庭应诉工作')",
                Fixtures.unique("司建"), agency.id(), receivedOn);
    }

    private long insert(String sql, Object... values) {
        long[] id = {0};
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id[0] = rs.getLong(1);
                }
            }
        });
        return id[0];
    }

    private void update(String sql, Object... values) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                ps.executeUpdate();
            }
        });
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Each row in its own transaction, whose duties are computed before it commits as every write path does. */
    private void inTransaction(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                duties.recomputeStale(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i] instanceof LocalDate d ? d.toString() : values[i]);
        }
    }
}
