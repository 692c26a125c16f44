package org.yingsu.warnings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.yingsu.common.database.Sql;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.time.Shanghai;
import org.yingsu.security.CallerScope;
import org.yingsu.warnings.WarningDtos.RefreshResult;
import org.yingsu.warnings.WarningDtos.WarningResponse;

/** 出庭预警: kept up to date by a scheduled job; every instance may run it, one at a time does. */
@ApplicationScoped
@Transactional
public class WarningService {

    /** Key of the PostgreSQL advisory lock that makes one refresh run at a time across instances. */
    static final long LOCK_KEY = 0x5969_6e67_7375_0001L;

    private static final String SQL = "warnings.sql";

    @Inject
    DataSource dataSource;

    @Inject
    CallerScope callers;

    @Inject
    WarningConfig config;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    /**
     * Raises warnings for uncovered hearings, clears those now covered or past, and notifies the new ones. When
     * another instance holds the lock this tick is skipped: it is doing the same work.
     */
    public RefreshResult refresh() {
        try (Connection connection = dataSource.getConnection()) {
            boolean[] locked = {false};
            Sql.bind("select pg_try_advisory_xact_lock(:key) as locked", Map.of("key", LOCK_KEY))
                    .query(connection, row -> locked[0] = row.getBoolean("locked"));
            if (!locked[0]) {
                return new RefreshResult(false, 0, 0, 0);
            }
            Instant now = clock.instant();
            int[] counts = new int[3];
            statement("refresh", Map.of("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                    "horizon", OffsetDateTime.ofInstant(now.plus(Duration.ofDays(config.warningDays())),
                            ZoneOffset.UTC))).query(connection, row -> {
                                counts[0] = row.getInt("raised");
                                counts[1] = row.getInt("resolved");
                            });
            notifyNew(connection);
            statement("open", Map.of()).query(connection, row -> counts[2] = row.getInt("open"));
            return new RefreshResult(true, counts[0], counts[1], counts[2]);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot refresh the hearing warnings", e);
        }
    }

    /** One message per agency with all its new warnings. */
    private void notifyNew(Connection connection) throws SQLException {
        Map<String, List<Warning>> byAgency = new LinkedHashMap<>();
        Sql.bind(Sql.load(WarningService.class, SQL, "select")
                        + " where w.resolved_at is null and w.notified_at is null order by a.code, h.scheduled_at",
                Map.of()).query(connection, row -> byAgency.computeIfAbsent(row.getString("agency_code"),
                        k -> new ArrayList<>()).add(warning(row)));
        if (byAgency.isEmpty()) {
            return;
        }
        byAgency.forEach((code, warnings) -> notifier.warningsRaised(warnings.get(0).agencyName(),
                warnings.get(0).agencyEmail(), warnings.stream().map(Warning::response).toList()));
        statement("mark-notified", Map.of("now", OffsetDateTime.now(clock))).update(connection);
    }

    public PageResult<WarningResponse> list(String agencyCode, boolean openOnly, Paging paging) {
        boolean scoped = callers.current().limitedToAgencies();
        String where = " where (cast(:agency as text) is null or a.code = cast(:agency as text))"
                + (openOnly ? " and w.resolved_at is null" : "") + (scoped ? " and a.id = any(:scope)" : "");
        Map<String, Object> values = new HashMap<>();
        values.put("agency", agencyCode);
        values.put("scope", callers.current().agencyIds().toArray(Long[]::new));
        values.put("limit", paging.size);
        values.put("offset", (long) paging.page * paging.size);
        List<WarningResponse> rows = new ArrayList<>();
        long[] total = {0};
        try (Connection connection = dataSource.getConnection()) {
            Sql.bind(Sql.load(WarningService.class, SQL, "select") + where
                    + " order by h.scheduled_at, a.code limit :limit offset :offset", values)
                    .query(connection, row -> rows.add(warning(row).response()));
            Sql.bind(Sql.load(WarningService.class, SQL, "count") + where, values)
                    .query(connection, row -> total[0] = row.getLong("total"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the hearing warnings", e);
        }
        return new PageResult<>(rows, paging.page, paging.size, total[0]);
    }

    private static Sql.Bound statement(String name, Map<String, ?> values) {
        return Sql.bind(Sql.load(WarningService.class, SQL, name), values);
    }

    /** A warning as read, with the agency's name and address its notification needs. */
    private record Warning(WarningResponse response, String agencyName, String agencyEmail) {
    }

    private static Warning warning(ResultSet row) throws SQLException {
        OffsetDateTime resolvedAt = time(row, "resolved_at");
        return new Warning(new WarningResponse(row.getLong("id"), row.getLong("hearing_id"), row.getLong("case_id"),
                row.getString("court"), row.getString("case_number"), time(row, "scheduled_at"),
                row.getString("agency_code"), row.getString("agency_name"), time(row, "raised_at"), resolvedAt,
                resolvedAt == null), row.getString("agency_name"), row.getString("agency_email"));
    }

    private static OffsetDateTime time(ResultSet row, String column) throws SQLException {
        return Shanghai.local(row.getObject(column, OffsetDateTime.class));
    }
}
