package org.yingsu.intake;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.testing.DurableDatabaseResource;
import org.yingsu.testing.PrivateDatabaseResource;

/**
 * The intake speed benchmark of issue 3 — not part of the test suite (its name does not end in Tests). It starts the
 * app on an embedded PostgreSQL, pushes cases through {@code POST /api/intake/cases} one per request and in batches
 * at several concurrencies, inserts the same rows with raw JDBC (one transaction per case; batched), and prints
 * throughput, p50/p99 and the ratios against the goals. Run it with
 * {@code ./mvnw -B -q test -DskipFrontendTests -Dtest=IntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * tune it with
 * {@code -Dbench.single=2000 -Dbench.concurrency=1,4,8 -Dbench.batches=20 -Dbench.batchConcurrency=1,2
 * -Dbench.rounds=4 -Dbench.warmup=5000}. It runs the product's durable configuration (fsync and synchronous_commit
 * on, on both sides: every commit waits for the disk); {@code -Dbench.durable=false} measures the throwaway one.
 *
 * <p>Each case is what a court pushes for a concluded first-instance case: the case, its defendant, one held
 * hearing, the notice, the head's appearance and the outcome — six rows.
 */
@QuarkusTest
@TestProfile(IntakeBenchmark.Durability.class)
class IntakeBenchmark {

    private static final String COURT = "重庆市渝北区人民法院";
    private static final int BATCH = 1000;

    @TestHTTPResource("/api/intake/cases")
    URI intakeUri;

    @Inject
    LedgerImportService ledger;

    /**
     * One keep-alive HTTP/1.1 connection per worker thread, written and read with blocking I/O like the JDBC driver
     * on the other side of the comparison; the JDK's asynchronous HttpClient would add its own thread hand-offs to
     * every request and measure the client more than the server.
     */
    private final ThreadLocal<LeanHttp> http = ThreadLocal.withInitial(() -> new LeanHttp(intakeUri));
    private final AtomicInteger sequence = new AtomicInteger();
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    private String agency;
    private String head;
    private long agencyId;
    private long headId;
    private String synchronousCommit;

    record Result(String scenario, int concurrency, int cases, double seconds, long[] latenciesNanos) {

        double perSecond() {
            return cases / seconds;
        }

        double percentileMs(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    interface Operation {
        void run(int index, Connection connection) throws Exception;
    }

    @Test
    void run() throws Exception {
        int single = Integer.getInteger("bench.single", 2000);
        int[] concurrency = ints(System.getProperty("bench.concurrency", "1,4,8"));
        int batches = Integer.getInteger("bench.batches", 20);
        int[] batchConcurrency = ints(System.getProperty("bench.batchConcurrency", "1,2"));
        int rounds = Integer.getInteger("bench.rounds", 4);
        setUp();

        // Warm every measured path up (connection pools, plans, and above all the JIT) before measuring. With a few
        // hundred requests the C2 compiler was still busy during the first measurements (a fifth of the machine, seen
        // with JFR), which taxed intake, the path with far more code, more than raw JDBC.
        int warmUp = Integer.getInteger("bench.warmup", 5000);
        measure("warm-up", 4, warmUp, 1, (i, c) -> intake(List.of(caseJson(next()))));
        measure("warm-up", 4, warmUp / 5, 1, (i, c) -> intake(List.of(caseJson(next())), UUID.randomUUID().toString()));
        measure("warm-up", 1, warmUp / 5, 1, (i, c) -> refused());
        measure("warm-up", 4, warmUp / 2, 1, (i, c) -> rawCase(c, next()));
        measure("warm-up", 1, 3, BATCH, (i, c) -> intake(batch()));
        measure("warm-up", 1, 3, BATCH, (i, c) -> rawBatch(c));

        List<Result> results = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        // What HTTP alone costs here: an intake request refused before any database work.
        results.add(measure("floor: POST [] (400, no database work)", 1, single, 1, (i, c) -> refused()));
        for (int n : concurrency) {
            Result[] pair = interleaved(rounds, n, single, 1,
                    "intake, 1 case per request", (i, c) -> intake(List.of(caseJson(next()))),
                    "raw JDBC, 1 transaction per case", (i, c) -> rawCase(c, next()));
            results.add(pair[0]);
            results.add(pair[1]);
            double ratio = pair[0].perSecond() / pair[1].perSecond();
            verdicts.add(String.format(Locale.ROOT, "single-case intake / raw JDBC at concurrency %d: %.3f "
                    + "(goal >= 0.5) %s; by p50 latency %.2f", n, ratio, ratio >= 0.5 ? "MET" : "MISSED",
                    pair[1].percentileMs(0.5) / pair[0].percentileMs(0.5)));
        }
        results.add(measure("intake, 1 case per request + Idempotency-Key", concurrency[concurrency.length - 1],
                single, 1, (i, c) -> intake(List.of(caseJson(next())), UUID.randomUUID().toString())));
        for (int n : batchConcurrency) {
            Result[] pair = interleaved(rounds, n, batches, BATCH,
                    "intake, 1,000 cases per request", (i, c) -> intake(batch()),
                    "raw JDBC, batched 1,000 cases per transaction", (i, c) -> rawBatch(c));
            results.add(pair[0]);
            results.add(pair[1]);
            double perMinute = pair[0].perSecond() * 60;
            verdicts.add(String.format(Locale.ROOT, "batch intake at concurrency %d: %,.0f cases/min (goal >= 20,000) "
                    + "%s; %.3f of batched raw JDBC", n, perMinute, perMinute >= 20_000 ? "MET" : "MISSED",
                    pair[0].perSecond() / pair[1].perSecond()));
        }
        // Where a single-case request spends its commits: the goal is one, the idempotency record, the audit actor,
        // the token's use and the duties all in the request's transaction.
        int counted = Math.max(100, single / 4);
        verdicts.add(commitsPerRequest("single-case intake", counted, (i, c) -> intake(List.of(caseJson(next())))));
        verdicts.add(commitsPerRequest("single-case intake + Idempotency-Key", counted,
                (i, c) -> intake(List.of(caseJson(next())), UUID.randomUUID().toString())));
        print(results, verdicts);
    }

    /**
     * The server's commits per request over a run at concurrency 1. Three counts, from the server's statistics:
     * transactions of any kind ({@code pg_stat_database.xact_commit}, which counts the autocommitted reads too:
     * the bearer token's lookup is one), transactions that wrote (transaction ids handed out: the ones that wait for
     * the disk at commit, the goal being one per request) and the write-ahead log's flushes to disk
     * ({@code pg_stat_wal.wal_sync}). The measuring connections add a few to each (about five per run).
     */
    private String commitsPerRequest(String scenario, int requests, Operation op) throws Exception {
        long[] before = commits();
        measure(scenario, 1, requests, 1, op);
        long[] after = commits();
        double all = (after[0] - before[0]) / (double) requests;
        double writes = (after[1] - before[1]) / (double) requests;
        double flushes = (after[2] - before[2]) / (double) requests;
        return String.format(Locale.ROOT, "%s, per request over %,d requests: %.2f writing commits (goal 1) %s; "
                + "%.2f transactions of any kind; %.2f flushes of the log to disk", scenario, requests, writes,
                writes < 1.05 ? "MET" : "MISSED", all, flushes);
    }

    /** Transactions committed, transaction ids handed out, and log flushes, so far. */
    private static long[] commits() throws Exception {
        // Backends hand their counters to the statistics when their transactions end, at most once a second;
        // this forces the measuring backend's and waits long enough for the app's.
        Thread.sleep(2000);
        try (Connection c = plainConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select xact_commit from pg_stat_database "
                        + "where datname = current_database()), "
                        + "pg_snapshot_xmax(pg_current_snapshot())::text::bigint, (select wal_sync from pg_stat_wal)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private void setUp() {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('synchronous_commit') || ', fsync='"
                        + " || current_setting('fsync')")) {
            rs.next();
            synchronousCommit = rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        agency = "BENCH-" + run;
        head = agency + "-HEAD";
        ledger.importLedger(new LedgerDocument(LedgerDtos.FORMAT,
                List.of(new AgencyEntry(agency, "基准测试区生态环境局", AgencyKind.DEPARTMENT, null)),
                List.of(new OfficialEntry(head, agency, "张某", OfficialRole.PRINCIPAL, "局长", LocalDate.of(2020, 1, 1), null)),
                List.of()));
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select a.id, o.id from agency a join official o on o.agency_id = a.id "
                        + "where o.code = '" + head + "'")) {
            rs.next();
            agencyId = rs.getLong(1);
            headId = rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String next() {
        return "（2023）渝0112行初" + run + "-" + sequence.incrementAndGet() + "号";
    }

    private List<String> batch() {
        List<String> cases = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            cases.add(caseJson(next()));
        }
        return cases;
    }

    private static OffsetDateTime hearingTime(String number) {
        return OffsetDateTime.parse("2023-03-01T09:30:00+08:00").plusHours(Math.abs(number.hashCode() % 2000));
    }

    private String caseJson(String number) {
        return "{\"court\":\"" + COURT + "\",\"caseNumber\":\"" + number + "\",\"trialLevel\":\"FIRST_INSTANCE\","
                + "\"filedOn\":\"2023-01-05\",\"causeOfAction\":\"行政处罚\",\"plaintiffs\":[\"李某\"],"
                + "\"defendants\":[\"" + agency + "\"],\"mandatoryCategories\":[],"
                + "\"hearings\":[{\"scheduledAt\":\"" + hearingTime(number) + "\",\"status\":\"HELD\","
                + "\"notices\":[{\"number\":\"" + number + "之一\",\"agencyCode\":\"" + agency + "\","
                + "\"servedOn\":\"2023-02-20\"}],"
                + "\"appearances\":[{\"agencyCode\":\"" + agency + "\",\"officialCode\":\"" + head
                + "\",\"spoke\":true}]}],"
                + "\"outcome\":{\"result\":\"CLAIMS_DISMISSED\",\"concludedOn\":\"2023-06-01\"}}";
    }

    private void intake(List<String> cases) throws Exception {
        intake(cases, null);
    }

    private void intake(List<String> cases, String key) throws Exception {
        http.get().post("[" + String.join(",", cases) + "]", key);
    }

    /** A minimal blocking HTTP/1.1 client for one connection: POST a JSON body, read the whole answer. */
    static final class LeanHttp {
        private final URI uri;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        LeanHttp(URI uri) {
            this.uri = uri;
        }

        void post(String json, String idempotencyKey) throws IOException {
            if (socket == null) {
                socket = new Socket(uri.getHost(), uri.getPort());
                socket.setTcpNoDelay(true);
                out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + org.yingsu.testing.Api.adminToken()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\n" + (idempotencyKey == null ? "" : "Idempotency-Key: " + idempotencyKey
                    + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(header.substring(15).trim());
                } else if (header.regionMatches(true, 0, "transfer-encoding:", 0, 18)) {
                    chunked = header.toLowerCase(Locale.ROOT).contains("chunked");
                }
            }
            byte[] answer;
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().trim(), 16); size > 0;
                        size = Integer.parseInt(line().trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                line();
                answer = all.toByteArray();
            } else if (length >= 0) {
                answer = in.readNBytes(length);
            } else {
                throw new IOException("the benchmark client needs a Content-Length or chunks; got " + status);
            }
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("intake answered " + status + ": "
                        + new String(answer, StandardCharsets.UTF_8));
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }

    private void rawCase(Connection c, String number) throws SQLException {
        long caseId;
        try (PreparedStatement ps = c.prepareStatement("insert into litigation_case (court, case_number, trial_level, "
                + "filed_on, cause_of_action, plaintiffs, mandatory_categories) values (?, ?, ?, ?, ?, ?, ?) "
                + "returning id")) {
            caseParameters(c, ps, number);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                caseId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into case_defendant (case_id, agency_id) values (?, ?)")) {
            ps.setLong(1, caseId);
            ps.setLong(2, agencyId);
            ps.executeUpdate();
        }
        long hearingId;
        try (PreparedStatement ps = c.prepareStatement("insert into hearing (case_id, scheduled_at, status) "
                + "values (?, ?, 'HELD') returning id")) {
            ps.setLong(1, caseId);
            ps.setObject(2, hearingTime(number));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                hearingId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into notice (hearing_id, agency_id, court, number, "
                + "served_on) values (?, ?, ?, ?, ?)")) {
            noticeParameters(ps, hearingId, number);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into appearance (hearing_id, agency_id, official_id, "
                + "source, spoke) values (?, ?, ?, 'COURT', true)")) {
            ps.setLong(1, hearingId);
            ps.setLong(2, agencyId);
            ps.setLong(3, headId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into outcome (case_id, result, concluded_on) "
                + "values (?, 'CLAIMS_DISMISSED', ?)")) {
            ps.setLong(1, caseId);
            ps.setDate(2, Date.valueOf("2023-06-01"));
            ps.executeUpdate();
        }
        c.commit();
    }

    private void rawBatch(Connection c) throws SQLException {
        List<String> numbers = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            numbers.add(next());
        }
        long[] caseIds = new long[BATCH];
        try (PreparedStatement ps = c.prepareStatement("insert into litigation_case (court, case_number, trial_level, "
                + "filed_on, cause_of_action, plaintiffs, mandatory_categories) values (?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            for (String number : numbers) {
                caseParameters(c, ps, number);
                ps.addBatch();
            }
            ps.executeBatch();
            keys(ps, caseIds);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into case_defendant (case_id, agency_id) values (?, ?)")) {
            for (long caseId : caseIds) {
                ps.setLong(1, caseId);
                ps.setLong(2, agencyId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long[] hearingIds = new long[BATCH];
        try (PreparedStatement ps = c.prepareStatement("insert into hearing (case_id, scheduled_at, status) "
                + "values (?, ?, 'HELD')", new String[] {"id"})) {
            for (int i = 0; i < BATCH; i++) {
                ps.setLong(1, caseIds[i]);
                ps.setObject(2, hearingTime(numbers.get(i)));
                ps.addBatch();
            }
            ps.executeBatch();
            keys(ps, hearingIds);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into notice (hearing_id, agency_id, court, number, "
                + "served_on) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < BATCH; i++) {
                noticeParameters(ps, hearingIds[i], numbers.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into appearance (hearing_id, agency_id, official_id, "
                + "source, spoke) values (?, ?, ?, 'COURT', true)")) {
            for (long hearingId : hearingIds) {
                ps.setLong(1, hearingId);
                ps.setLong(2, agencyId);
                ps.setLong(3, headId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into outcome (case_id, result, concluded_on) "
                + "values (?, 'CLAIMS_DISMISSED', ?)")) {
            for (long caseId : caseIds) {
                ps.setLong(1, caseId);
                ps.setDate(2, Date.valueOf("2023-06-01"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private static void keys(PreparedStatement ps, long[] into) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            for (int i = 0; rs.next(); i++) {
                into[i] = rs.getLong(1);
            }
        }
    }

    private static void caseParameters(Connection c, PreparedStatement ps, String number) throws SQLException {
        ps.setString(1, COURT);
        ps.setString(2, number);
        ps.setString(3, "FIRST_INSTANCE");
        ps.setDate(4, Date.valueOf("2023-01-05"));
        ps.setString(5, "行政处罚");
        ps.setArray(6, c.createArrayOf("text", new String[] {"李某"}));
        ps.setArray(7, c.createArrayOf("text", new String[0]));
    }

    private void noticeParameters(PreparedStatement ps, long hearingId, String number) throws SQLException {
        ps.setLong(1, hearingId);
        ps.setLong(2, agencyId);
        ps.setString(3, COURT);
        ps.setString(4, number + "之一");
        ps.setDate(5, Date.valueOf("2023-02-20"));
    }

    /**
     * Measures two scenarios in alternating rounds, so that a burst of load from elsewhere on the machine falls on
     * both alike; each result pools its rounds.
     */
    private Result[] interleaved(int rounds, int concurrency, int operations, int casesPerOperation, String nameA,
            Operation a, String nameB, Operation b) throws Exception {
        List<Result> as = new ArrayList<>();
        List<Result> bs = new ArrayList<>();
        int perRound = Math.max(1, operations / rounds);
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                as.add(measure(nameA, concurrency, perRound, casesPerOperation, a));
                bs.add(measure(nameB, concurrency, perRound, casesPerOperation, b));
            } else {
                bs.add(measure(nameB, concurrency, perRound, casesPerOperation, b));
                as.add(measure(nameA, concurrency, perRound, casesPerOperation, a));
            }
        }
        return new Result[] {pool(as), pool(bs)};
    }

    private static Result pool(List<Result> rounds) {
        int cases = rounds.stream().mapToInt(Result::cases).sum();
        double seconds = rounds.stream().mapToDouble(Result::seconds).sum();
        long[] latencies = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latenciesNanos())).toArray();
        return new Result(rounds.get(0).scenario(), rounds.get(0).concurrency(), cases, seconds, latencies);
    }

    private void refused() throws IOException {
        try {
            http.get().post("[]", null);
        } catch (IllegalStateException expected) {
            // 400: the batch is empty
        }
    }

    /** Runs {@code operations} operations of {@code casesPerOperation} cases on {@code concurrency} threads. */
    private Result measure(String scenario, int concurrency, int operations, int casesPerOperation, Operation op)
            throws Exception {
        long[] latencies = new long[operations];
        AtomicInteger nextIndex = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Connection c = connect();
            c.setAutoCommit(false);
            connections.add(c);
        }
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (Connection c : connections) {
            workers.add(pool.submit(() -> {
                for (int i = nextIndex.getAndIncrement(); i < operations; i = nextIndex.getAndIncrement()) {
                    long begin = System.nanoTime();
                    op.run(i, c);
                    latencies[i] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        for (Connection c : connections) {
            c.close();
        }
        return new Result(scenario, concurrency, operations * casesPerOperation, seconds, latencies);
    }

    private static Connection plainConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static Connection connect() throws SQLException {
        Connection c = plainConnection();
        try (Statement s = c.createStatement()) {
            // The raw side inserts rows only, as pgbench would: no audit trail and no duties (the product's side
            // keeps both, in the same transaction).
            s.execute("set session_replication_role = replica");
        }
        return c;
    }

    /**
     * The product's embedded server syncs every commit to disk; the benchmark's throwaway server does the same
     * unless {@code -Dbench.durable=false} (the tests' configuration: nothing synced, commits nearly free).
     */
    public static class Durability implements QuarkusTestProfile {

        static boolean on() {
            return !"false".equals(System.getProperty("bench.durable"));
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(on() ? DurableDatabaseResource.class : PrivateDatabaseResource.class));
        }
    }

    private void print(List<Result> results, List<String> verdicts) {
        StringBuilder out = new StringBuilder("\n=== Intake benchmark (")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs seen by the JVM, embedded "
                        + "PostgreSQL with synchronous_commit=").append(synchronousCommit)
                .append(", app and client in one JVM) ===\n");
        out.append(String.format(Locale.ROOT, "%-48s %5s %7s %8s %10s %12s %9s %9s%n", "scenario", "conc", "cases",
                "seconds", "cases/s", "cases/min", "p50 ms", "p99 ms"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-48s %5d %7d %8.2f %10.1f %12.0f %9.2f %9.2f%n", r.scenario(),
                    r.concurrency(), r.cases(), r.seconds(), r.perSecond(), r.perSecond() * 60,
                    r.percentileMs(0.50), r.percentileMs(0.99)));
        }
        out.append("(p50/p99 are per request: one case, or one batch of 1,000)\n");
        verdicts.forEach(v -> out.append(v).append('\n'));
        System.out.println(out);
    }

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
