package org.yingsu.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.common.database.Sql;
import org.yingsu.litigation.duties.DutyWriter;
import org.yingsu.metrics.ComplianceRepository.Bucket;
import org.yingsu.testing.Api;

/**
 * The scale benchmark of issue 4 — a command, not part of the test suite (its name matches no test pattern):
 *
 * <pre>./mvnw -B -q test -DskipFrontendTests=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=MetricsScaleBenchmark [-Dbenchmark.agencies=3000] [-Dbenchmark.hearings=1000000] \
 *     [-Dbenchmark.rounds=20] [-Dbenchmark.explain=true]</pre>
 *
 * Generates a national-scale year straight into a throwaway embedded PostgreSQL with set-based SQL — with the
 * triggers off for that database only (session_replication_role = replica: no audit rows, no duty_stale marks), then
 * computes every case's duties with the product's own DutyWriter, as the start-up backfill does. Then times, round
 * by round so they share the cache and the machine's load: the compliance endpoint for the country's year and for
 * one agency (JSON over HTTP), the duty-table aggregate bare over JDBC (the endpoint's own statement), and a few
 * rounds of the bare SQL over the raw tables (how the figures were counted before the duty was stored).
 */
@QuarkusTest
@TestProfile(ScaleBenchmarkProfile.class)
class MetricsScaleBenchmark {

    static final int YEAR = 2022;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MetricsConfig config;

    @TestHTTPResource("/api/metrics/compliance?year=" + YEAR)
    URI endpoint;

    @Inject
    DutyWriter duties;

    @Test
    void complianceEndpointAgainstBareSql() throws Exception {
        int agencies = Integer.getInteger("benchmark.agencies", 3_000);
        int hearings = Integer.getInteger("benchmark.hearings", 1_000_000);
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        long started = System.nanoTime();
        long[] rows = generate(agencies, hearings);
        System.out.printf("%nGenerated in %.1f s: %,d agencies, %,d officials, %,d cases, %,d hearings, %,d notices, "
                        + "%,d appearances, %,d delegations, %,d outcomes%n",
                (System.nanoTime() - started) / 1e9, rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6],
                rows[7]);

        started = System.nanoTime();
        long computed = computeDuties();
        System.out.printf("Duties computed in %.1f s: %,d duties (DutyWriter, %d cases per transaction)%n",
                (System.nanoTime() - started) / 1e9, computed, CASES_PER_TRANSACTION);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest country = get(endpoint);
        HttpRequest agency = get(URI.create(endpoint + "&agencyCode=BA-1"));
        List<Bucket> buckets = List.of(new Bucket(0, Period.year(YEAR)),
                new Bucket(1, Period.year(YEAR).previousYear()));
        java.time.LocalDate overdue = PendingIdentity.overdueBefore(
                java.time.LocalDate.now(org.yingsu.common.time.Shanghai.ZONE), config.pendingIdentityDays());
        Sql.Bound bare = ComplianceRepository.countsStatement(buckets, TrialLevelFilter.FIRST_INSTANCE, null,
                config.mandatoryCategoryCodes(), config.decisionChangedCodes(), overdue);
        Sql.Bound dutyTable = DutyTableCounts.statement(buckets, TrialLevelFilter.FIRST_INSTANCE, null,
                config.mandatoryCategoryCodes(), config.decisionChangedCodes(), overdue);
        Sql.Bound raw = rawStatement(buckets);
        if (Boolean.getBoolean("benchmark.explain")) {
            explain(bare);
        }
        for (int i = 0; i < 2; i++) {
            timeSql(bare);
            timeSql(dutyTable);
            timeHttp(http, country);
            timeHttp(http, agency);
        }
        List<Double> sql = new ArrayList<>();
        List<Double> api = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        List<Double> rawSql = new ArrayList<>();
        List<Double> dutySql = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < rounds; i++) {
            sql.add(timeSql(bare));
            dutySql.add(timeSql(dutyTable));
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(country, HttpResponse.BodyHandlers.ofByteArray());
            api.add((System.nanoTime() - t) / 1e6);
            assertEquals(200, response.statusCode());
            bytes = response.body().length;
            t = System.nanoTime();
            assertEquals(200, http.send(agency, HttpResponse.BodyHandlers.discarding()).statusCode());
            one.add((System.nanoTime() - t) / 1e6);
            if (i < RAW_ROUNDS) {
                rawSql.add(timeSql(raw));
            }
        }
        System.out.printf("%n%d rounds, year %d, %,d agencies in the answer (%,d bytes of JSON)%n", rounds, YEAR,
                agencies, bytes);
        System.out.printf("GET /api/metrics/compliance?year= (country)     p50 %8.1f ms   p95 %8.1f ms   (goal p95 ≤ 100)%n",
                percentile(api, 50), percentile(api, 95));
        System.out.printf("GET …&agencyCode=BA-1 (the biggest agency)      p50 %8.1f ms   p95 %8.1f ms   (goal p95 ≤ 20)%n",
                percentile(one, 50), percentile(one, 95));
        System.out.printf("kept sums, bare SQL (the endpoint's statement)   p50 %8.1f ms   p95 %8.1f ms%n",
                percentile(sql, 50), percentile(sql, 95));
        System.out.printf("duty-table aggregate, bare SQL (row by row)      p50 %8.1f ms   p95 %8.1f ms%n",
                percentile(dutySql, 50), percentile(dutySql, 95));
        System.out.printf("raw tables, bare SQL (%d rounds)                  p50 %8.1f ms   p95 %8.1f ms%n%n",
                rawSql.size(), percentile(rawSql, 50), percentile(rawSql, 95));
    }

    private static final int CASES_PER_TRANSACTION = 5_000;
    private static final int RAW_ROUNDS = 3;

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Authorization", "Bearer " + Api.adminToken()).build();
    }

    /** Every case's duties, in transactions of a few thousand cases, as the start-up backfill computes them. */
    private long computeDuties() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from litigation_case order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (int from = 0; from < ids.size(); from += CASES_PER_TRANSACTION) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                duties.recompute(c, ids.subList(from, Math.min(ids.size(), from + CASES_PER_TRANSACTION)));
                c.commit();
                c.setAutoCommit(true);
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze duty");
            s.execute("analyze duty_hearing");
            s.execute("analyze duty_outcome");
            s.execute("analyze duty_period");
            try (ResultSet rs = s.executeQuery("select (select count(*) from duty), (select count(*) from duty_period),"
                    + " (select count(*) from duty_period where span = 'year' and period_start = '" + YEAR + "-01-01'"
                    + " and trial_level = 'FIRST_INSTANCE')")) {
                rs.next();
                System.out.printf("Sums kept beside them: %,d rows of months, quarters and years; %,d of them for the"
                        + " first instance in %d%n", rs.getLong(2), rs.getLong(3), YEAR);
                return rs.getLong(1);
            }
        }
    }

    /** The raw-tables statement (raw-counts.sql), first instance, the whole country. */
    private static Sql.Bound rawStatement(List<Bucket> buckets) {
        String sql = Sql.load(MetricsScaleBenchmark.class, "raw-counts.sql", "case-agency") + "\n"
                + Sql.load(MetricsScaleBenchmark.class, "raw-counts.sql", "counts");
        sql = sql.replace("/*level*/", "and h.trial_level = :level").replace("/*outcome-level*/",
                "and o.trial_level = :level").replaceAll("/\\*agency-[a-z]+\\*/", "");
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("buckets", buckets.stream().map(Bucket::number).toArray(Integer[]::new));
        values.put("starts", buckets.stream().map(b -> b.period().start().toString()).toArray(String[]::new));
        values.put("ends", buckets.stream().map(b -> b.period().end().toString()).toArray(String[]::new));
        values.put("mandatory", new String[] {"MAJOR_PUBLIC_INTEREST", "HIGH_SOCIAL_CONCERN", "MASS_INCIDENT_RISK",
            "PROCURATORIAL_PUBLIC_INTEREST"});
        values.put("changed", new String[] {"REVOKED", "ORDERED_TO_PERFORM", "CONFIRMED_ILLEGAL",
            "CONFIRMED_INVALID", "MODIFIED"});
        values.put("level", "FIRST_INSTANCE");
        return Sql.bind(sql, values);
    }

    private double timeSql(Sql.Bound statement) throws Exception {
        long t = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ComplianceRepository.withWorkMem(connection, config.workMem());
            try (PreparedStatement ps = statement.prepare(connection);
                    ResultSet rs = ps.executeQuery()) {
                long sum = 0;
                while (rs.next()) {
                    sum += rs.getLong(2);
                }
                if (sum < 0) {
                    throw new IllegalStateException();
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private void explain(Sql.Bound statement) throws Exception {
        Sql.Bound explained = new Sql.Bound(
                "explain (analyze, buffers) " + statement.sql(), statement.parameters());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ComplianceRepository.withWorkMem(connection, config.workMem());
            try (PreparedStatement ps = explained.prepare(connection);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static void timeHttp(HttpClient http, HttpRequest request) throws Exception {
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /**
     * One year of a country's worth of agencies: a skewed number of cases each (a few agencies have most of them),
     * one or two defendants per case, one or two hearings per case, notices, appearances from both sources,
     * delegations and outcomes in the proportions of a real district. Deterministic (setseed).
     */
    private long[] generate(int agencies, int hearings) throws Exception {
        int cases = (int) (hearings / 1.4);
        String year = Integer.toString(YEAR);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // This throwaway database only: no audit rows and no duty marks for generated rows (the duties are
            // computed afterwards, all at once); foreign keys are not checked either, the rows are made consistent.
            s.execute("set session_replication_role = replica");
            s.execute("select setseed(0.4242)");
            s.execute("insert into agency (code, name, kind) select 'BA-' || g, '基准单位' || g, "
                    + "case when g % 100 = 1 then 'DISTRICT_GOVERNMENT' when g % 3 = 0 then 'SUBDISTRICT' "
                    + "else 'DEPARTMENT' end from generate_series(1, " + agencies + ") g");
            s.execute("create temporary table bench_agency as select row_number() over (order by id) as n, id "
                    + "from agency");
            s.execute("insert into official (code, agency_id, name, role, title, valid_from, valid_to) "
                    + "select 'BO-' || a.id || '-' || r.n, a.id, '某某', r.role, r.title, r.valid_from, r.valid_to "
                    + "from agency a cross join (values "
                    + "(1, 'PRINCIPAL', '局长', date '2015-01-01', null::date), "
                    + "(2, 'DEPUTY', '副局长', date '2015-01-01', date '" + year + "-06-30'), "
                    + "(3, 'DEPUTY', '副局长', date '" + year + "-07-01', null), "
                    + "(4, 'OTHER_LEADER', '党组成员', date '2015-01-01', null), "
                    + "(5, 'STAFF', '法规科科长', date '2015-01-01', null), "
                    + "(6, 'STAFF', '工作人员', date '2015-01-01', null), "
                    + "(7, 'LAWYER', '律师', date '2015-01-01', null)) as r(n, role, title, valid_from, valid_to)");
            s.execute("insert into litigation_case (court, case_number, trial_level, mandatory_categories) "
                    + "select '基准法院', 'B' || g, case when g % 12 = 0 then 'SECOND_INSTANCE' else 'FIRST_INSTANCE' end, "
                    + "case when g % 20 = 0 then '{MAJOR_PUBLIC_INTEREST}'::text[] else '{}'::text[] end "
                    + "from generate_series(1, " + cases + ") g");
            // Skewed: squaring a uniform draw gives the big agencies most of the cases.
            s.execute("insert into case_defendant (case_id, agency_id) "
                    + "select c.id, a.id from (select id, 1 + floor(power(random(), 2) * " + agencies + ")::int as n "
                    + "from litigation_case offset 0) c join bench_agency a on a.n = c.n");
            s.execute("insert into case_defendant (case_id, agency_id) "
                    + "select c.id, a.id from (select id, 1 + floor(random() * " + agencies + ")::int as n "
                    + "from litigation_case where id % 7 = 0 offset 0) c join bench_agency a on a.n = c.n "
                    + "on conflict do nothing");
            s.execute("insert into hearing (case_id, scheduled_at, status) "
                    + "select c.id, timestamptz '" + year + "-01-01 00:00:00+08' + random() * interval '365 days', "
                    + "case when random() < 0.92 then 'HELD' else 'POSTPONED' end "
                    + "from litigation_case c");
            s.execute("insert into hearing (case_id, scheduled_at, status) "
                    + "select c.id, timestamptz '" + year + "-01-01 00:00:00+08' + random() * interval '365 days', "
                    + "'HELD' from litigation_case c order by c.id limit " + (hearings - cases));
            s.execute("create temporary table bench_pair as select h.id as hearing_id, h.scheduled_at, "
                    + "d.agency_id, random() as r, random() as r2, random() as r3 "
                    + "from hearing h join case_defendant d on d.case_id = h.case_id");
            s.execute("insert into notice (hearing_id, agency_id, court, number, served_on) "
                    + "select hearing_id, agency_id, '基准法院', 'N' || hearing_id || '-' || agency_id, "
                    + "(scheduled_at at time zone 'Asia/Shanghai')::date - (1 + floor(random() * 20))::int "
                    + "from bench_pair where r < 0.9");
            s.execute("insert into appearance (hearing_id, agency_id, official_id, source, spoke, left_early, "
                    + "identity_status) "
                    + "select p.hearing_id, p.agency_id, o.id, src.source, random() < 0.97, random() < 0.01, "
                    + "case when random() < 0.01 then 'REJECTED' else 'VERIFIED' end "
                    + "from bench_pair p "
                    + "join official o on o.agency_id = p.agency_id and o.code = 'BO-' || p.agency_id || '-' || "
                    + "case when p.r < 0.3 then 1 when p.r < 0.8 then 3 when p.r < 0.85 then 4 else 5 end "
                    + "cross join (values ('AGENCY'), ('COURT')) as src(source) "
                    + "where src.source = 'AGENCY' or p.r2 < 0.15");
            s.execute("insert into appearance (hearing_id, agency_id, official_id, source, spoke) "
                    + "select p.hearing_id, p.agency_id, o.id, 'AGENCY', true from bench_pair p "
                    + "join official o on o.agency_id = p.agency_id and o.code = 'BO-' || p.agency_id || '-7' "
                    + "where p.r3 < 0.5");
            s.execute("insert into delegation (hearing_id, agency_id, reason_category, reason, "
                    + "delegate_official_id, filed_on, status) "
                    + "select p.hearing_id, p.agency_id, 'NON_DELEGABLE_DUTY', '同日须出席全区重要工作会议，无法出庭', o.id, "
                    + "(p.scheduled_at at time zone 'Asia/Shanghai')::date - 3 + floor(random() * 5)::int, "
                    + "case when random() < 0.7 then 'APPROVED' when random() < 0.5 then 'SUBMITTED' else 'REJECTED' end "
                    + "from bench_pair p "
                    + "join official o on o.agency_id = p.agency_id and o.code = 'BO-' || p.agency_id || '-6' "
                    + "where p.r >= 0.85 and p.r < 0.95");
            s.execute("insert into outcome (case_id, result, concluded_on, coordinated) "
                    + "select c.id, (array['CLAIMS_DISMISSED', 'SUIT_DISMISSED', 'WITHDRAWN', 'REVOKED', "
                    + "'ORDERED_TO_PERFORM', 'CONFIRMED_ILLEGAL', 'MEDIATED'])[1 + floor(random() * 7)::int], "
                    + "date '" + year + "-01-01' + floor(random() * 365)::int, random() < 0.1 "
                    + "from litigation_case c where random() < 0.7");
            s.execute("insert into judicial_recommendation (court, number, agency_id, received_on, content) "
                    + "select '基准法院', 'R' || g, a.id, date '" + year + "-01-01' + (g % 365), '建议' "
                    + "from generate_series(1, " + agencies + ") g join bench_agency a on a.n = g where g % 5 = 0");
            s.execute("set session_replication_role = origin");
            s.execute("analyze");
            long[] counts = new long[8];
            String[] tables = {"agency", "official", "litigation_case", "hearing", "notice", "appearance",
                    "delegation", "outcome"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + tables[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            return counts;
        }
    }
}
