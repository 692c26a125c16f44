package org.yingsu.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.common.database.Sql;
import org.yingsu.common.time.Shanghai;

/**
 * Gathers the counts of the figures (docs/domain.md, "the figures") with one set-based statement per request, for
 * several periods ("buckets") at once: the period and the same period a year earlier, or a run of years. The
 * statements are in {@code compliance.sql} beside this class.
 */
@ApplicationScoped
public class ComplianceRepository {

    /** An agency as the figures name it. */
    public record AgencyRow(long id, String code, String name, AgencyKind kind) {
    }

    /** A period to count, numbered so the result can say which one a row belongs to. */
    public record Bucket(int number, Period period) {
    }

    private static final String SQL = "compliance.sql";

    @Inject
    ReportingConnections connections;

    /**
     * An unmet duty of the period: the case and agency, the duty's kind and hearing, its class, and the held
     * hearings whose delegations class it (each an id and its time).
     */
    public record AbsenceRow(long agencyId, String agencyCode, String agencyName, AgencyKind agencyKind, long caseId,
            String court, String caseNumber, String causeOfAction, boolean mandatory, AbsenceClass absenceClass,
            String dutyKind, long hearingId, OffsetDateTime scheduledAt, List<Absence.AbsentHearing> covered) {
    }

    /** The counting statement, bound; public so that the scale benchmark can time it bare. */
    public static Sql.Bound countsStatement(List<Bucket> buckets, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, List<String> decisionChangedResults, LocalDate identityOverdueBefore) {
        return statement("counts", buckets, level, agencyId, mandatoryCategories, decisionChangedResults,
                identityOverdueBefore);
    }

    private static Sql.Bound statement(String name, List<Bucket> buckets, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, List<String> decisionChangedResults, LocalDate identityOverdueBefore) {
        return bind(Sql.load(ComplianceRepository.class, SQL, name), buckets, level, agencyId, mandatoryCategories,
                decisionChangedResults, identityOverdueBefore);
    }

    /**
     * A statement over the periods, its markers replaced and its values bound; package-private so that the tests
     * and the scale benchmark can bind the same figures counted over the duties row by row.
     */
    static Sql.Bound bind(String body, List<Bucket> buckets, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, List<String> decisionChangedResults, LocalDate identityOverdueBefore) {
        String sql = Sql.load(ComplianceRepository.class, SQL, "periods") + "\n" + body;
        boolean oneLevel = level != TrialLevelFilter.ALL;
        sql = sql.replace("/*level*/", oneLevel ? "and d.trial_level = :level" : "")
                .replace("/*month-level*/", oneLevel ? "and m.trial_level = :level" : "")
                .replace("/*hearing-level*/", oneLevel ? "and h.trial_level = :level" : "")
                .replace("/*outcome-level*/", oneLevel ? "and o.trial_level = :level" : "")
                .replace("/*identity-level*/", oneLevel ? "and i.trial_level = :level" : "");
        sql = sql.replace("/*agency*/", agencyId == null ? "" : "and d.agency_id = :agency")
                .replace("/*month-agency*/", agencyId == null ? "" : "and m.agency_id = :agency")
                .replace("/*hearing-agency*/", agencyId == null ? "" : "and h.agency_id = :agency")
                .replace("/*outcome-agency*/", agencyId == null ? "" : "and d.agency_id = :agency")
                .replace("/*recommendation-agency*/", agencyId == null ? "" : "and r.agency_id = :agency")
                .replace("/*identity-agency*/", agencyId == null ? "" : "and i.agency_id = :agency");
        Map<String, Object> values = new HashMap<>();
        values.put("buckets", buckets.stream().map(Bucket::number).toArray(Integer[]::new));
        values.put("starts", buckets.stream().map(b -> b.period().start().toString()).toArray(String[]::new));
        values.put("ends", buckets.stream().map(b -> b.period().end().toString()).toArray(String[]::new));
        values.put("spans", buckets.stream().map(b -> b.period().span()).toArray(String[]::new));
        values.put("mandatory", mandatoryCategories.toArray(String[]::new));
        values.put("changed", decisionChangedResults.toArray(String[]::new));
        values.put("level", level.name());
        values.put("agency", agencyId);
        values.put("overdueBefore", identityOverdueBefore == null ? null : identityOverdueBefore.toString());
        return Sql.bind(sql, values);
    }

    /** Counts per bucket number and agency id; agencies without any activity in a bucket are absent. */
    public Map<Integer, Map<Long, ComplianceCounts>> counts(List<Bucket> buckets, TrialLevelFilter level,
            Long agencyId, List<String> mandatoryCategories, List<String> decisionChangedResults,
            LocalDate identityOverdueBefore, String workMem) {
        return counts(countsStatement(buckets, level, agencyId, mandatoryCategories, decisionChangedResults,
                identityOverdueBefore), workMem);
    }

    /** The counts a counting statement gives (its columns named as {@code compliance.sql}'s "counts"). */
    Map<Integer, Map<Long, ComplianceCounts>> counts(Sql.Bound statement, String workMem) {
        Map<Integer, Map<Long, ComplianceCounts>> result = new HashMap<>();
        query(statement, workMem, "Cannot gather the compliance counts", row -> {
            ComplianceCounts counts = new ComplianceCounts(row.getLong("notices"), row.getLong("notices_head"),
                    row.getLong("cases"), row.getLong("cases_head"), row.getLong("mandatory_cases"),
                    row.getLong("mandatory_cases_head"), row.getLong("concluded"), row.getLong("changed"),
                    row.getLong("coordinated"), row.getLong("justified"), row.getLong("pending"),
                    row.getLong("unjustified"), row.getLong("silent"), row.getLong("left_early"),
                    row.getLong("no_one"), row.getLong("late"), row.getLong("recommendations"),
                    row.getLong("pending_identity"));
            result.computeIfAbsent(row.getInt("bucket"), b -> new HashMap<>()).put(row.getLong("agency_id"), counts);
        });
        return result;
    }

    /** The unmet duties of the period, in agency and case order. */
    public List<AbsenceRow> absences(Period period, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, String workMem) {
        Sql.Bound statement = statement("absences", List.of(new Bucket(0, period)), level, agencyId,
                mandatoryCategories, List.of(), null);
        List<AbsenceRow> rows = new ArrayList<>();
        query(statement, workMem, "Cannot list the absences", row -> rows.add(new AbsenceRow(
                row.getLong("agency_id"), row.getString("agency_code"), row.getString("agency_name"),
                AgencyKind.valueOf(row.getString("agency_kind")), row.getLong("case_id"), row.getString("court"),
                row.getString("case_number"), row.getString("cause_of_action"), row.getBoolean("mandatory"),
                AbsenceClass.valueOf(row.getString("status")), row.getString("kind"), row.getLong("hearing_id"),
                row.getObject("scheduled_at", OffsetDateTime.class), covered(row.getString("covered")))));
        return rows;
    }

    /** A duty of the period and the id of its agency, which scopes it (R9). */
    public record DutyRow(long agencyId, HeardDuty duty) {
    }

    /** Every duty of the period, met or not, in agency, date and case order. */
    public List<DutyRow> duties(Period period, TrialLevelFilter level, Long agencyId,
            List<String> mandatoryCategories, String workMem) {
        Sql.Bound statement = statement("duties", List.of(new Bucket(0, period)), level, agencyId,
                mandatoryCategories, List.of(), null);
        List<DutyRow> rows = new ArrayList<>();
        query(statement, workMem, "Cannot list the duties", row -> rows.add(new DutyRow(row.getLong("agency_id"),
                new HeardDuty(row.getString("agency_code"), row.getString("agency_name"),
                        AgencyKind.valueOf(row.getString("agency_kind")), row.getLong("case_id"),
                        row.getString("court"), row.getString("case_number"), row.getString("cause_of_action"),
                        row.getBoolean("mandatory"), row.getString("kind"),
                        row.getObject("duty_date", LocalDate.class), row.getLong("hearing_id"),
                        Shanghai.local(row.getObject("scheduled_at", OffsetDateTime.class)),
                        DutyResult.valueOf(row.getString("status")), List.copyOf(covered(row.getString("covered")))))));
        return rows;
    }

    /** "id time,id time" as the statement lists a duty's covered hearings. */
    private static List<Absence.AbsentHearing> covered(String list) {
        List<Absence.AbsentHearing> hearings = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                String[] parts = item.split(" ");
                hearings.add(new Absence.AbsentHearing(Long.parseLong(parts[0]),
                        Shanghai.local(OffsetDateTime.parse(parts[1]))));
            }
        }
        return hearings;
    }

    private void query(Sql.Bound statement, String workMem, String failure, Sql.RowReader reader) {
        try (Connection connection = connections.open()) {
            // Inside a caller's transaction the connection is enlisted and not ours to commit or roll back.
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try {
                withWorkMem(connection, workMem);
                statement.query(connection, reader);
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

    /** Every agency, or the one asked for, in the order the bureau reads them: government, departments, 镇街. */
    public List<AgencyRow> agencies(Long onlyId) {
        List<AgencyRow> rows = new ArrayList<>();
        read(Sql.bind(Sql.load(ComplianceRepository.class, SQL, "agencies"), java.util.Collections.singletonMap(
                "onlyId", onlyId)), "Cannot list the agencies", row -> rows.add(agencyRow(row)));
        return rows;
    }

    public Optional<AgencyRow> agency(String code) {
        List<AgencyRow> rows = new ArrayList<>();
        read(Sql.bind(Sql.load(ComplianceRepository.class, SQL, "agency"), Map.of("code", code)),
                "Cannot read the agency " + code, row -> rows.add(agencyRow(row)));
        return rows.stream().findFirst();
    }

    private void read(Sql.Bound statement, String failure, Sql.RowReader reader) {
        try (Connection connection = connections.open()) {
            statement.query(connection, reader);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    private static AgencyRow agencyRow(ResultSet row) throws SQLException {
        return new AgencyRow(row.getLong("id"), row.getString("code"), row.getString("name"),
                AgencyKind.valueOf(row.getString("kind")));
    }
}
