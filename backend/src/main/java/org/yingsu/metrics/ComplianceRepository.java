package org.yingsu.metrics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yingsu.agencies.AgencyKind;

/**
 * Gathers the counts of SPEC §4 with one set-based statement per request, for several periods ("buckets") at once:
 * the period and the same period a year earlier, or a run of years.
 */
@ApplicationScoped
public class ComplianceRepository {

    /** An agency as the figures name it. */
    public record AgencyRow(long id, String code, String name, AgencyKind kind) {
    }

    /** A period to count, numbered so the result can say which one a row belongs to. */
    public record Bucket(int number, Period period) {
    }

    /*
     * held: HELD hearings of the period's cases, dated in Asia/Shanghai (R8).
     * facts: one narrow row per thing that happened to an agency at a held hearing — it defends the case, a notice
     *   reached it, one of its officials appeared (whether as a head, R1; whether present at all, not a lawyer and
     *   with an accepted proof), it filed a delegation (in time and approved or pending, R5) — so that a single
     *   aggregation gives everything per (hearing, agency) instead of a chain of joins.
     * hearing_agency: per (hearing, agency); where the court reported any appearance, only the court's records
     *   count (R10).
     * case_agency: per (case, defendant agency), the unit of SPEC §4.
     */
    private static final String CASE_AGENCY = """
            with periods as (
                select p.bucket, p.start_date, p.end_date,
                       p.start_date::timestamp at time zone 'Asia/Shanghai' as start_at,
                       p.end_date::timestamp at time zone 'Asia/Shanghai' as end_at
                from unnest(:buckets::int[], :starts::date[], :ends::date[]) as p(bucket, start_date, end_date)
            ),
            held as (
                select p.bucket, h.id as hearing_id, h.case_id,
                       (h.scheduled_at at time zone 'Asia/Shanghai')::date as hearing_date,
                       c.mandatory_categories && :mandatory::text[] as mandatory
                from periods p
                join hearing h on h.scheduled_at >= p.start_at and h.scheduled_at < p.end_at
                join litigation_case c on c.id = h.case_id
                where h.status = 'HELD' /*level*/ /*agency-cases*/
            ),
            facts as (
                select held.bucket, held.case_id, held.mandatory, held.hearing_id, d.agency_id,
                       true as defends, 0 as notices, 0 as late_notices, null::boolean as by_court,
                       false as head, false as present, false as silent, false as left_early,
                       false as approved, false as submitted
                from held
                join case_defendant d on d.case_id = held.case_id
                union all
                select held.bucket, held.case_id, held.mandatory, held.hearing_id, n.agency_id,
                       false, 1, (n.served_on > held.hearing_date - 3)::int, null,
                       false, false, false, false, false, false
                from held
                join notice n on n.hearing_id = held.hearing_id
                union all
                select held.bucket, held.case_id, held.mandatory, held.hearing_id, a.agency_id,
                       false, 0, 0, a.source = 'COURT',
                       x.head, x.present, x.head and not a.spoke, x.head and a.left_early, false, false
                from held
                join appearance a on a.hearing_id = held.hearing_id
                join official o on o.id = a.official_id
                cross join lateral (select
                        o.role in ('PRINCIPAL', 'DEPUTY', 'OTHER_LEADER') and o.agency_id = a.agency_id
                            and a.identity_status <> 'REJECTED'
                            and o.valid_from <= held.hearing_date
                            and (o.valid_to is null or o.valid_to >= held.hearing_date) as head,
                        o.role <> 'LAWYER' and o.agency_id = a.agency_id
                            and a.identity_status <> 'REJECTED' as present) x
                union all
                select held.bucket, held.case_id, held.mandatory, held.hearing_id, g.agency_id,
                       false, 0, 0, null, false, false, false, false,
                       g.status = 'APPROVED' and g.filed_on <= held.hearing_date,
                       g.status = 'SUBMITTED' and g.filed_on <= held.hearing_date
                from held
                join delegation g on g.hearing_id = held.hearing_id
            ),
            hearing_agency as (
                select bucket, case_id, agency_id, bool_or(mandatory) as mandatory, bool_or(defends) as defends,
                       sum(notices) as notices, sum(late_notices) as late_notices,
                       case when bool_or(by_court) then bool_or(head) filter (where by_court)
                            else bool_or(head) end as head,
                       case when bool_or(by_court) then bool_or(present) filter (where by_court)
                            else bool_or(present) end as present,
                       case when bool_or(by_court) then count(*) filter (where by_court and silent)
                            else count(*) filter (where silent) end as silent,
                       case when bool_or(by_court) then count(*) filter (where by_court and left_early)
                            else count(*) filter (where left_early) end as left_early,
                       bool_or(approved) as approved, bool_or(submitted) as submitted
                from facts
                group by bucket, case_id, hearing_id, agency_id
            ),
            case_agency as (
                select bucket, case_id, agency_id, bool_or(mandatory) as mandatory, bool_or(head) as head,
                       bool_or(approved) as approved, bool_or(submitted) as submitted
                from hearing_agency
                where defends
                group by bucket, case_id, agency_id
            )
            """;

    private static final String COUNTS = CASE_AGENCY + """
            , counted as (
                select bucket, agency_id, 0::bigint as notices, 0::bigint as notices_head,
                       count(*) as cases, count(*) filter (where head) as cases_head,
                       count(*) filter (where mandatory) as mandatory_cases,
                       count(*) filter (where mandatory and head) as mandatory_cases_head,
                       0::bigint as concluded, 0::bigint as changed, 0::bigint as coordinated,
                       count(*) filter (where not head and approved) as justified,
                       count(*) filter (where not head and not approved and submitted) as pending,
                       count(*) filter (where not head and not approved and not submitted) as unjustified,
                       0::bigint as silent, 0::bigint as left_early, 0::bigint as no_one,
                       0::bigint as late, 0::bigint as recommendations
                from case_agency
                group by bucket, agency_id
                union all
                select bucket, agency_id, sum(notices)::bigint, coalesce(sum(notices) filter (where head), 0)::bigint,
                       0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                       coalesce(sum(silent) filter (where defends), 0)::bigint,
                       coalesce(sum(left_early) filter (where defends), 0)::bigint,
                       count(*) filter (where defends and not present),
                       sum(late_notices)::bigint, 0
                from hearing_agency
                group by bucket, agency_id
                union all
                select p.bucket, d.agency_id, 0, 0, 0, 0, 0, 0,
                       count(*), count(*) filter (where o.result = any (:changed::text[])),
                       count(*) filter (where o.coordinated), 0, 0, 0, 0, 0, 0, 0, 0
                from periods p
                join outcome o on o.concluded_on >= p.start_date and o.concluded_on < p.end_date
                join litigation_case c on c.id = o.case_id
                join case_defendant d on d.case_id = o.case_id
                where true /*level*/ /*agency-outcomes*/
                group by p.bucket, d.agency_id
                union all
                select p.bucket, r.agency_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
                from periods p
                join judicial_recommendation r on r.received_on >= p.start_date and r.received_on < p.end_date
                group by p.bucket, r.agency_id
            )
            select bucket, agency_id,
                   sum(notices), sum(notices_head), sum(cases), sum(cases_head), sum(mandatory_cases),
                   sum(mandatory_cases_head), sum(concluded), sum(changed), sum(coordinated),
                   sum(justified), sum(pending), sum(unjustified), sum(silent), sum(left_early), sum(no_one),
                   sum(late), sum(recommendations)
            from counted
            /*agency-result*/
            group by bucket, agency_id
            """;

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z]+)");

    @Inject
    AgroalDataSource dataSource;

    /** The statement and its parameters, in order; public so the scale benchmark can time it bare. */
    public record Statement(String sql, List<Object> parameters) {
    }

    /*
     * The cases of one period heard without the agency's head, with their held hearings of the period: the same
     * case_agency rows the counts come from, so per agency and class they number exactly the absence figures.
     */
    private static final String ABSENCES = CASE_AGENCY + """
            , absent as (
                select case_id, agency_id, mandatory, approved, submitted
                from case_agency
                where not head /*agency-and*/
            )
            select g.id, g.code, g.name, g.kind, c.id, c.court, c.case_number, c.cause_of_action,
                   a.mandatory, a.approved, a.submitted, h.id, h.scheduled_at
            from absent a
            join agency g on g.id = a.agency_id
            join litigation_case c on c.id = a.case_id
            cross join periods p
            join hearing h on h.case_id = a.case_id and h.status = 'HELD'
                and h.scheduled_at >= p.start_at and h.scheduled_at < p.end_at
            order by g.code, c.case_number, c.court, h.scheduled_at, h.id
            """;

    /** A case heard without the agency's head, one row per held hearing of the period. */
    public record AbsenceRow(long agencyId, String agencyCode, String agencyName, AgencyKind agencyKind, long caseId,
            String court, String caseNumber, String causeOfAction, boolean mandatory, AbsenceClass absenceClass,
            long hearingId, OffsetDateTime scheduledAt) {
    }

    public static Statement countsStatement(List<Bucket> buckets, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, List<String> decisionChangedResults) {
        return statement(COUNTS, buckets, level, agencyId, mandatoryCategories, decisionChangedResults);
    }

    private static Statement statement(String sql, List<Bucket> buckets, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, List<String> decisionChangedResults) {
        boolean oneLevel = level != TrialLevelFilter.ALL;
        sql = sql.replace("/*level*/", oneLevel ? "and c.trial_level = :level" : "");
        // Filtering the cases first lets one agency's figures come from its own cases, not a scan of the period.
        sql = sql.replace("/*agency-cases*/", agencyId == null ? "" : "and h.case_id in "
                        + "(select fd.case_id from case_defendant fd where fd.agency_id = :agency)")
                .replace("/*agency-outcomes*/", agencyId == null ? "" : "and d.agency_id = :agency")
                .replace("/*agency-result*/", agencyId == null ? "" : "where agency_id = :agency")
                .replace("/*agency-and*/", agencyId == null ? "" : "and agency_id = :agency");
        Map<String, Object> values = new HashMap<>();
        values.put("buckets", buckets.stream().map(Bucket::number).toArray(Integer[]::new));
        values.put("starts", buckets.stream().map(b -> b.period().start().toString()).toArray(String[]::new));
        values.put("ends", buckets.stream().map(b -> b.period().end().toString()).toArray(String[]::new));
        values.put("mandatory", mandatoryCategories.toArray(String[]::new));
        values.put("changed", decisionChangedResults.toArray(String[]::new));
        values.put("level", level.name());
        values.put("agency", agencyId);
        StringBuilder positional = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        Matcher matcher = NAMED.matcher(sql);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("No value for :" + name);
            }
            parameters.add(values.get(name));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return new Statement(positional.toString(), parameters);
    }

    /** Counts per bucket number and agency id; agencies without any activity in a bucket are absent. */
    public Map<Integer, Map<Long, ComplianceCounts>> counts(List<Bucket> buckets, TrialLevelFilter level,
            Long agencyId, List<String> mandatoryCategories, List<String> decisionChangedResults, String workMem) {
        Statement statement = countsStatement(buckets, level, agencyId, mandatoryCategories, decisionChangedResults);
        Map<Integer, Map<Long, ComplianceCounts>> result = new HashMap<>();
        query(statement, workMem, "Cannot gather the compliance counts", rs -> {
            long[] v = new long[17];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(i + 3);
            }
            ComplianceCounts counts = new ComplianceCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                    v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16]);
            result.computeIfAbsent(rs.getInt(1), b -> new HashMap<>()).put(rs.getLong(2), counts);
        });
        return result;
    }

    /** The cases of the period heard without a head, one row per held hearing, in agency and case order. */
    public List<AbsenceRow> absences(Period period, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, String workMem) {
        Statement statement = statement(ABSENCES, List.of(new Bucket(0, period)), level, agencyId,
                mandatoryCategories, List.of());
        List<AbsenceRow> rows = new ArrayList<>();
        query(statement, workMem, "Cannot list the absences", rs -> rows.add(new AbsenceRow(rs.getLong(1),
                rs.getString(2), rs.getString(3), AgencyKind.valueOf(rs.getString(4)), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                AbsenceClass.of(rs.getBoolean(10), rs.getBoolean(11)), rs.getLong(12),
                rs.getObject(13, OffsetDateTime.class))));
        return rows;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(Statement statement, String workMem, String failure, RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            // Inside a caller's transaction the connection is enlisted and not ours to commit or roll back.
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try {
                withWorkMem(connection, workMem);
                try (PreparedStatement ps = prepare(connection, statement); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            } finally {
                if (own) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /** Sets {@code work_mem} for the current transaction only; the connection goes back to the pool unchanged. */
    public static void withWorkMem(Connection connection, String workMem) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select set_config('work_mem', ?, true)")) {
            ps.setString(1, workMem);
            ps.execute();
        }
    }

    public static PreparedStatement prepare(Connection connection, Statement statement) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(statement.sql());
        int index = 1;
        for (Object value : statement.parameters()) {
            if (value instanceof Integer[] ints) {
                Array array = connection.createArrayOf("integer", ints);
                ps.setArray(index++, array);
            } else if (value instanceof String[] strings) {
                ps.setArray(index++, connection.createArrayOf("text", strings));
            } else if (value instanceof Long id) {
                ps.setLong(index++, id);
            } else {
                ps.setString(index++, (String) value);
            }
        }
        return ps;
    }

    /** Every agency, or the one asked for, in the order the bureau reads them: government, departments, 镇街. */
    public List<AgencyRow> agencies(Long onlyId) {
        String sql = """
                select id, code, name, kind from agency
                where ?::bigint is null or id = ?
                order by case kind when 'DISTRICT_GOVERNMENT' then 0 when 'DEPARTMENT' then 1
                                   when 'SUBDISTRICT' then 2 else 3 end, code
                """;
        List<AgencyRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, onlyId, java.sql.Types.BIGINT);
            ps.setObject(2, onlyId, java.sql.Types.BIGINT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AgencyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            AgencyKind.valueOf(rs.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the agencies", e);
        }
        return rows;
    }

    /**
     * The points per unjustified absence the bureau set for each year from {@code from} to {@code to} (R7); a year it
     * did not set is absent and uses the configured default.
     */
    public Map<Integer, BigDecimal> assessmentPoints(int from, int to) {
        Map<Integer, BigDecimal> points = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(
                        "select year, points from assessment_points where year between ? and ?")) {
            ps.setInt(1, from);
            ps.setInt(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getInt(1), rs.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the assessment points", e);
        }
        return points;
    }

    public Optional<AgencyRow> agency(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(
                        "select id, code, name, kind from agency where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new AgencyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AgencyKind.valueOf(rs.getString(4)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the agency " + code, e);
        }
    }
}
