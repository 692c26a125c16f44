package org.yingsu.metrics;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingsu.testing.Fixtures;

/**
 * Writes rows straight into the tables, so the SQL of the figures can be tested on exact situations (including
 * ones the API refuses to create) without depending on the other features' endpoints. Keys are unique per call.
 */
final class MetricsSeed {

    private final AgroalDataSource dataSource;

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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            ps.executeUpdate();
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
