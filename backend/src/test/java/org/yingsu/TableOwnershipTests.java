package org.yingsu;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: the module whose code may write it. Other modules read it only through a view its owner keeps
 * (db/migration/R__published_views.sql). The migrations are not split by owner (their checksums are installed), so
 * the owners are recorded here, in one place, and checked against every statement of the main code: its Java strings
 * and its {@code .sql} resources.
 */
@QuarkusTest
class TableOwnershipTests {

    /** Each table and the module that owns it. */
    static final Map<String, String> TABLES = Map.ofEntries(
            entry("agency", "agencies"),
            entry("official", "agencies"),
            entry("litigation_case", "litigation"),
            entry("case_defendant", "litigation"),
            entry("hearing", "litigation"),
            entry("notice", "litigation"),
            entry("appearance", "litigation"),
            entry("delegation", "litigation"),
            entry("outcome", "litigation"),
            // The duties, kept by litigation's DutyWriter with the rule in Java (V80__duty.sql).
            entry("duty", "litigation"),
            entry("duty_hearing", "litigation"),
            entry("duty_stale", "litigation"),
            entry("duty_backfill", "litigation"),
            entry("duty_setting", "litigation"),
            // Their sums per agency and period, kept in the same transactions (V95__duty_period.sql).
            entry("duty_outcome", "litigation"),
            entry("duty_period", "litigation"),
            entry("duty_period_delta", "litigation"),
            entry("duty_period_pending", "litigation"),
            entry("judicial_recommendation", "recommendations"),
            entry("head_confirmation", "warnings"),
            entry("hearing_warning", "warnings"),
            entry("calendar_subscription", "calendar"),
            entry("document", "attachments"),
            entry("monthly_report", "reports"),
            entry("bulletin", "bulletins"),
            entry("interview", "interviews"),
            entry("interview_participant", "interviews"),
            // The per-year points the figures deduct with (R7): the assessment reads and sets them through metrics.
            entry("assessment_points", "metrics"),
            // Who changed those points, when, old → new: kept by metrics beside the setting.
            entry("assessment_points_change", "metrics"),
            entry("lost_case_report", "lostcases"),
            entry("observation_session", "observations"),
            entry("observation_invitation", "observations"),
            entry("training_session", "training"),
            entry("training_invitation", "training"),
            entry("mediating_body", "coordination"),
            entry("dispute", "coordination"),
            entry("dispute_agency", "coordination"),
            entry("dispute_meeting", "coordination"),
            entry("accountability_referral", "accountability"),
            entry("referral_official", "accountability"),
            entry("referral_case", "accountability"),
            entry("referral_hearing", "accountability"),
            entry("app_user", "security"),
            entry("user_session", "security"),
            entry("api_token", "security"),
            entry("login_throttle", "security"),
            entry("login_source", "security"),
            entry("audit_log", "audit"),
            entry("idempotency_key", "common"),
            entry("demo_load", "demo"));

    /** The views other modules read through, and the module that keeps each. */
    static final Map<String, String> VIEWS = Map.ofEntries(
            entry("agency_directory", "agencies"),
            entry("official_directory", "agencies"),
            entry("hearing_day", "litigation"),
            entry("case_hearing", "litigation"),
            entry("defendant", "litigation"),
            entry("notice_lead_time", "litigation"),
            entry("head_appearance", "litigation"),
            entry("delegation_standing", "litigation"),
            entry("pending_identity_proof", "litigation"),
            entry("attached_document", "attachments"),
            entry("case_outcome", "litigation"),
            entry("duty_record", "litigation"),
            entry("duty_hearing_record", "litigation"),
            entry("duty_period_record", "litigation"),
            entry("recommendation_received", "recommendations"));

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|delete\\s+from|update|lock\\s+table|truncate(?:\\s+table)?)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)(?![a-z0-9_.(])");

    @Inject
    AgroalDataSource dataSource;

    /** The statements of one module: a .sql resource, or every string of a Java file joined. */
    record Source(String module, Path path, String sql) {
    }

    @Test
    void everyTableAndViewOfTheSchemaHasAnOwner() throws SQLException {
        assertEquals(new TreeSet<>(TABLES.keySet()), relations("BASE TABLE"),
                "tables and their owners (add a new table's owner to TABLES)");
        assertEquals(new TreeSet<>(VIEWS.keySet()), relations("VIEW"), "views and the modules that keep them");
    }

    @Test
    void codeWritesOnlyTheTablesOfItsOwnModule() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source source : sources()) {
            Matcher write = WRITE.matcher(source.sql());
            while (write.find()) {
                String relation = write.group(1);
                if (VIEWS.containsKey(relation)
                        || (TABLES.containsKey(relation) && !TABLES.get(relation).equals(source.module()))) {
                    wrong.add(source.path() + " writes " + relation + ", which " + owner(relation) + " owns");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void codeReadsAnotherModulesTablesOnlyThroughItsViews() throws IOException {
        List<String> wrong = new ArrayList<>();
        int statements = 0;
        for (Source source : sources()) {
            Matcher read = READ.matcher(source.sql());
            while (read.find()) {
                String relation = read.group(1);
                statements++;
                if (TABLES.containsKey(relation) && !TABLES.get(relation).equals(source.module())) {
                    wrong.add(source.path() + " reads " + relation + " of " + TABLES.get(relation)
                            + "; read it through a view that module keeps");
                }
            }
        }
        assertTrue(statements > 50, "the scan found the statements it is meant to check: " + statements);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static String owner(String relation) {
        return TABLES.containsKey(relation) ? TABLES.get(relation) : "nobody (a view is read-only)";
    }

    private TreeSet<String> relations(String type) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = ?"
                        + " and table_name <> 'flyway_schema_history'")) {
            statement.setString(1, type);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        Path java = MAIN.resolve("java").resolve("org").resolve("yingsu");
        Path resources = MAIN.resolve("resources").resolve("org").resolve("yingsu");
        try (Stream<Path> files = Files.walk(java)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(new Source(module(java, file), file, strings(Files.readString(file))));
            }
        }
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                sources.add(new Source(module(resources, file), file, withoutComments(Files.readString(file))));
            }
        }
        return sources;
    }

    private static String module(Path root, Path file) {
        Path relative = root.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    /** Every string literal and text block of a Java source, joined by spaces (concatenated SQL reads on). */
    static String strings(String java) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < java.length()) {
            if (java.startsWith("//", i)) {
                i = Math.max(java.indexOf('\n', i), i + 2);
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? java.length() : end + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                out.append(' ').append(withoutComments(java.substring(i + 3, end)));
                i = end + 3;
            } else if (java.charAt(i) == '"') {
                int end = i + 1;
                while (java.charAt(end) != '"') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(' ').append(java, i + 1, end);
                i = end + 1;
            } else if (java.charAt(i) == '\'') {
                i = java.indexOf('\'', i + (java.charAt(i + 1) == '\\' ? 3 : 2)) + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", " ");
    }
}
