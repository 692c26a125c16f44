package org.yingsu.clientit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yingsu.client.ApiClient;
import org.yingsu.client.ApiResponse;
import org.yingsu.client.api.AgenciesApi;
import org.yingsu.client.api.ApiTokensApi;
import org.yingsu.client.api.CasesApi;
import org.yingsu.client.api.CourtIntakeApi;
import org.yingsu.client.api.MetricsApi;
import org.yingsu.client.api.OfficialsApi;
import org.yingsu.client.model.AgencyCreate;
import org.yingsu.client.model.AgencyKind;
import org.yingsu.client.model.AppearanceDocument;
import org.yingsu.client.model.CaseCreate;
import org.yingsu.client.model.CaseDocument;
import org.yingsu.client.model.ComplianceFigures;
import org.yingsu.client.model.ComplianceReport;
import org.yingsu.client.model.HearingDocument;
import org.yingsu.client.model.HearingStatus;
import org.yingsu.client.model.IntakeCaseResult;
import org.yingsu.client.model.IntakeResult;
import org.yingsu.client.model.ModelCase;
import org.yingsu.client.model.NoticeDocument;
import org.yingsu.client.model.OfficialCreate;
import org.yingsu.client.model.OfficialRole;
import org.yingsu.client.model.OutcomeDocument;
import org.yingsu.client.model.OutcomeResult;
import org.yingsu.client.model.Role;
import org.yingsu.client.model.TokenCreate;
import org.yingsu.client.model.TokenCreated;
import org.yingsu.client.model.TrialLevel;

/**
 * A court's integration as its IT department would write it: a Java client generated from the committed
 * {@code openapi/openapi.yaml} (openapi-generator, library native), used against the packaged app started here with an
 * empty embedded database. Nothing but the generated classes talks to the API.
 */
class GeneratedClientIT {

    private static final String COURT = "重庆市渝北区人民法院";
    private static final String ADMIN_TOKEN = "client-it-admin-" + UUID.randomUUID();

    private static Process app;
    private static String baseUri;
    private static Path work;

    @BeforeAll
    static void startTheApp() throws Exception {
        Path jar = Path.of(System.getProperty("yingsu.app", "../backend/target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.exists(jar), jar + " is missing: package the backend first (./mvnw -B package)");
        work = Path.of(System.getProperty("yingsu.work", "target/scenario"));
        deleteTree(work);
        Files.createDirectories(work);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        baseUri = "http://localhost:" + port;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("YINGSU_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
        env.put("YINGSU_DEMO", "false");
        env.put("YINGSU_BOOTSTRAP_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("YINGSU_ADMIN_PASSWORD", "client-it-" + UUID.randomUUID());
        env.put("YINGSU_SECURITY_BCRYPT_COST", "4");
        env.put("QUARKUS_SHUTDOWN_DELAY", "0s");
        env.put("QUARKUS_MAILER_MOCK", "true");
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        app = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            assertTrue(app.isAlive(), "the app stopped while starting; see " + work.resolve("app.log"));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUri + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(System.nanoTime() < deadline, "the app was not ready within 3 minutes");
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopTheApp() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aCourtSystemIntegratesThroughTheGeneratedClient() throws Exception {
        ApiClient admin = client(ADMIN_TOKEN);
        String suffix = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        String agency = "IT-" + suffix;
        String head = agency + "-HEAD";
        new AgenciesApi(admin).createAgency(new AgencyCreate().code(agency).name("测试区市场监督管理局")
                .kind(AgencyKind.DEPARTMENT), null);
        new OfficialsApi(admin).createOfficial(new OfficialCreate().code(head).agencyCode(agency).name("王某")
                .role(OfficialRole.PRINCIPAL).title("局长").validFrom(LocalDate.of(2020, 1, 1)), null);

        // The secret of a new token is in the 201's body, readable through the generated model.
        ApiResponse<TokenCreated> created = new ApiTokensApi(admin).createTokenWithHttpInfo(new TokenCreate()
                .name("渝北区法院 立案系统").role(Role.COURT).court(COURT)
                .expiresAt(OffsetDateTime.now().plusDays(1)));
        assertEquals(201, created.getStatusCode());
        String secret = created.getData().getSecret();
        assertTrue(secret.startsWith("ysk_"), secret);
        assertNotNull(header(created, "Location"));
        ApiClient court = client(secret);

        // A case created one at a time: 201 with its body, Location and ETag.
        ApiResponse<ModelCase> one = new CasesApi(court).createCaseWithHttpInfo(new CaseCreate().court(COURT)
                .caseNumber("（2022）渝0112行初" + suffix + "号").trialLevel(TrialLevel.FIRST_INSTANCE)
                .filedOn(LocalDate.of(2022, 1, 5)).plaintiffs(List.of("李某")).defendants(List.of(agency)), null);
        assertEquals(201, one.getStatusCode());
        assertEquals("\"" + one.getData().getVersion() + "\"", header(one, "ETag"));
        assertTrue(header(one, "Location").endsWith("/api/cases/" + one.getData().getId()));
        assertEquals(List.of("李某"), one.getData().getPlaintiffs());

        // An intake batch, sent again with the same key as a retry after a lost answer would be.
        String number = "（2022）渝0112行初" + suffix + "之二号";
        CaseDocument document = new CaseDocument().court(COURT).caseNumber(number)
                .trialLevel(TrialLevel.FIRST_INSTANCE).filedOn(LocalDate.of(2022, 1, 10))
                .plaintiffs(List.of("赵某")).defendants(List.of(agency))
                .hearings(List.of(new HearingDocument().scheduledAt(OffsetDateTime.parse("2022-03-01T09:30:00+08:00"))
                        .status(HearingStatus.HELD)
                        .notices(List.of(new NoticeDocument().number(number + "之一").agencyCode(agency)
                                .servedOn(LocalDate.of(2022, 2, 20))))
                        .appearances(List.of(new AppearanceDocument().agencyCode(agency).officialCode(head)
                                .spoke(true)))))
                .outcome(new OutcomeDocument().result(OutcomeResult.REVOKED).concludedOn(LocalDate.of(2022, 6, 1)));
        CourtIntakeApi intake = new CourtIntakeApi(court);
        String key = UUID.randomUUID().toString();
        ApiResponse<IntakeResult> first = intake.intakeCasesWithHttpInfo(List.of(document), key);
        ApiResponse<IntakeResult> retry = intake.intakeCasesWithHttpInfo(List.of(document), key);
        assertEquals(1, first.getData().getCreated());
        assertEquals(IntakeCaseResult.StatusEnum.CREATED, first.getData().getCases().get(0).getStatus());
        assertEquals(first.getData(), retry.getData(), "the retry gets the first answer again");
        assertEquals("true", header(retry, "Idempotent-Replayed"));
        assertEquals(null, header(first, "Idempotent-Replayed"));

        // The figures, as the model and as the CSV file the same operation gives for Accept: text/csv.
        MetricsApi metrics = new MetricsApi(admin);
        ComplianceReport report = metrics.getCompliance(2022, agency, null, null, null);
        ComplianceFigures figures = report.getAgencies().get(0);
        assertEquals(agency, figures.getAgencyCode());
        assertEquals(1L, figures.getCasesHeard());
        assertEquals(1L, figures.getCasesHeardWithHead());
        assertEquals(1.0, figures.getAppearanceRate());
        assertEquals(null, figures.getGroup());

        String csv = asFile(admin, "text/csv", () -> new MetricsApi(admin).getComplianceWithHttpInfo(2022, agency,
                null, null, null));
        String[] lines = csv.strip().split("\r?\n");
        assertTrue(lines[0].startsWith("\uFEFF"), "the CSV starts with a byte order mark");
        assertTrue(Stream.of(lines).anyMatch(line -> line.contains(agency)), csv);
    }

    /** The body of an operation's answer in another of the media types it declares, such as its CSV file. */
    private static String asFile(ApiClient client, String mediaType, Call call) throws Exception {
        AtomicReference<byte[]> body = new AtomicReference<>();
        Consumer<HttpRequest.Builder> auth = client.getRequestInterceptor();
        client.setRequestInterceptor(request -> {
            auth.accept(request);
            request.setHeader("Accept", mediaType);
        });
        client.setResponseInterceptor(response -> {
            // Read here, the generated method then finds the body consumed and returns no model.
            try {
                body.set(response.body().readAllBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            ApiResponse<?> answer = call.run();
            assertEquals(200, answer.getStatusCode());
            assertTrue(header(answer, "Content-Type").startsWith(mediaType), header(answer, "Content-Type"));
            return new String(body.get(), StandardCharsets.UTF_8);
        } finally {
            client.setRequestInterceptor(auth);
            client.setResponseInterceptor(null);
        }
    }

    private interface Call {
        ApiResponse<?> run() throws Exception;
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
