package org.yingsu.papers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yingsu.common.database.Sql;
import org.yingsu.litigation.rules.DelegationRules;

/** The papers check's rows, gathered set-based in {@code papers.sql} beside this class. */
@ApplicationScoped
class PapersRepository {

    private static final String SQL = "papers.sql";

    /** The filters of the list and the caller's agencies when they see only some ({@code null}: all). */
    record Filter(PapersCheckKind kind, String agencyCode, Integer minAgeDays, Set<Long> scope, LocalDate today) {
    }

    /** A row as the statement gives it; the service adds what depends on configuration. */
    record Row(PapersCheckKind kind, long ageDays, LocalDate hearingDate, long hearingId, Long appearanceId,
            Long delegationId, String delegationStatus, String source, String courtFinding, String agencyCode,
            String agencyName, long caseId, String court, String caseNumber, String officialCode,
            String officialName, String officialTitle, String officialRole) {
    }

    @Inject
    AgroalDataSource dataSource;

    long count(Filter filter) {
        long[] total = {0};
        read(bind("count", filter, Map.of()), row -> total[0] = row.getLong("total"));
        return total[0];
    }

    List<Row> page(Filter filter, int page, int size) {
        List<Row> rows = new ArrayList<>();
        read(bind("page", filter, Map.of("size", size, "offset", (long) page * size)), row -> rows.add(new Row(
                PapersCheckKind.valueOf(row.getString("kind")), row.getLong("age_days"),
                row.getObject("hearing_date", LocalDate.class), row.getLong("hearing_id"),
                nullableLong(row, "appearance_id"), nullableLong(row, "delegation_id"),
                row.getString("delegation_status"), row.getString("source"), row.getString("court_finding"),
                row.getString("agency_code"), row.getString("agency_name"), row.getLong("case_id"),
                row.getString("court"), row.getString("case_number"), row.getString("official_code"),
                row.getString("official_name"), row.getString("official_title"), row.getString("official_role"))));
        return rows;
    }

    private static Sql.Bound bind(String name, PapersRepository.Filter filter, Map<String, Object> more) {
        String sql = Sql.load(PapersRepository.class, SQL, "filtered") + "\n"
                + Sql.load(PapersRepository.class, SQL, name);
        Map<String, Object> values = new HashMap<>(more);
        values.put("today", filter.today().toString());
        values.put("paperKinds", DelegationRules.PAPERS.stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put("kind", filter.kind() == null ? null : filter.kind().name());
        values.put("agencyCode", filter.agencyCode());
        values.put("minAgeDays", filter.minAgeDays());
        values.put("scoped", filter.scope() != null);
        values.put("scope", filter.scope() == null ? new Long[0] : filter.scope().toArray(Long[]::new));
        return Sql.bind(sql, values);
    }

    private void read(Sql.Bound statement, Sql.RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            statement.query(connection, reader);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the papers check", e);
        }
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
