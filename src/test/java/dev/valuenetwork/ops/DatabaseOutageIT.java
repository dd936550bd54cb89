package dev.valuenetwork.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuenetwork.support.ServiceJar;
import dev.valuenetwork.support.Tokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away under load and comes back: reads and writes fail fast with a coded 503
 * the client can retry on, nothing is half-written, readiness goes down while liveness stays up,
 * and the service recovers without a restart. Prints the figures it measured ({@code [outage]}).
 */
class DatabaseOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "https://issuer.example";
    private static final String READ = "{\"query\":\"{ company(slug: \\\"kt\\\") { name memberships { alliance { name } } } }\"}";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Outcome(long atMillis, int status, String code, String retryAfter, long millis, String body) {
    }

    @Test
    void anOutageIsCodedAndRecoveredFrom() throws Exception {
        Path data = work.resolve("pgdata");
        int dbPort = ServiceJar.freePort();
        EmbeddedPostgres postgres = start(data, dbPort);
        KeyPair key = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = work.resolve("issuer-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        String editor = Tokens.signed(key.getPrivate(), ISSUER, "outage-editor", Set.of("editor"));
        Map<String, String> env = new HashMap<>(ServiceJar.database("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres"));
        env.put("VALUENETWORK_TOKEN_ISSUER", ISSUER);
        int port = ServiceJar.freePort();
        Process service = ServiceJar.serve(port, work.resolve("service.log"), env,
                "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri());
        List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        long t0 = System.currentTimeMillis();
        try {
            ServiceJar.awaitReady(port, service);
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread thread = new Thread(() -> {
                    while (loading.get()) {
                        outcomes.add(post(port, READ, null, t0));
                    }
                });
                thread.start();
                load.add(thread);
            }
            Thread.sleep(1_000);
            synchronized (outcomes) { // the readers keep adding while it is read
                assertTrue(outcomes.stream().allMatch(o -> o.status() == 200), "reads before the outage");
            }

            long down = System.currentTimeMillis() - t0;
            postgres.close();
            Thread.sleep(300);
            Outcome write = post(port, create("outage-write"), editor, t0);
            assertEquals(503, write.status(), write.body());
            assertEquals("SERVICE_UNAVAILABLE", write.code());
            assertEquals(503, get(port, "/q/health/ready"));
            assertEquals(200, get(port, "/q/health/live"));
            Thread.sleep(3_000);

            long up = System.currentTimeMillis() - t0;
            postgres = start(data, dbPort);
            long recovered = -1;
            for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until && recovered < 0;) {
                Thread.sleep(50);
                synchronized (outcomes) {
                    recovered = outcomes.stream().filter(o -> o.atMillis() > up && o.status() == 200)
                            .mapToLong(Outcome::atMillis).min().orElse(-1);
                }
            }
            loading.set(false);
            for (Thread thread : load) {
                thread.join();
            }
            assertTrue(recovered > 0, "a read succeeded after the database returned");

            List<Outcome> during;
            synchronized (outcomes) {
                during = outcomes.stream().filter(o -> o.atMillis() > down + 300 && o.atMillis() + o.millis() < up).toList();
            }
            assertFalse(during.isEmpty(), "reads were sent during the outage");
            for (Outcome o : during) {
                assertEquals(503, o.status(), o.body());
                assertEquals("SERVICE_UNAVAILABLE", o.code(), o.body());
                assertEquals("2", o.retryAfter());
                assertFalse(o.body().matches("(?s).*(Exception|SQL|postgres|at [a-z]+\\.).*"), o.body());
                // bounded by the pool's 2 s acquisition timeout, plus a turn in the execution queue
                assertTrue(o.millis() < 5_000, "failed fast: " + o.millis() + " ms");
            }
            assertEquals(200, get(port, "/q/health/ready"));
            // The write refused during the outage left nothing behind; a new one goes through.
            String refused = post(port, "{\"query\":\"{ company(slug: \\\"outage-write\\\") { slug } }\"}", null, t0).body();
            assertTrue(refused.contains("\"company\":null"), refused);
            Outcome after = post(port, create("outage-after"), editor, t0);
            assertEquals(200, after.status(), after.body());
            assertTrue(after.body().contains("outage-after"), after.body());

            long[] latencies = during.stream().mapToLong(Outcome::millis).sorted().toArray();
            System.out.printf("[outage] %d reads during a %d ms outage: all 503 SERVICE_UNAVAILABLE, Retry-After 2;"
                    + " answered in p50 %d ms, max %d ms%n", latencies.length, up - down,
                    latencies[latencies.length / 2], latencies[latencies.length - 1]);
            System.out.printf("[outage] first good read %d ms after the database was started again%n", recovered - up);
        } finally {
            loading.set(false);
            ServiceJar.stop(service);
            postgres.close();
            Files.copy(work.resolve("service.log"), Path.of("target", "outage-service.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Never a clean data directory: zonky would delete it on close, and the restart must find the data. */
    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(false).setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    private Outcome post(int port, String body, String token, long t0) {
        long start = System.currentTimeMillis();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode errors = JSON.readTree(response.body()).path("errors");
            String code = errors.isArray() && !errors.isEmpty() ? errors.get(0).path("extensions").path("code").asText() : null;
            return new Outcome(start - t0, response.statusCode(), code, response.headers().firstValue("Retry-After").orElse(null),
                    System.currentTimeMillis() - start, response.body());
        } catch (Exception e) {
            return new Outcome(start - t0, 0, null, null, System.currentTimeMillis() - start, String.valueOf(e));
        }
    }

    private int get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String create(String slug) throws Exception {
        return JSON.writeValueAsString(Map.of("query", "mutation($in: CreateCompanyInput!) { createCompany(input: $in) { slug } }",
                "variables", Map.of("in", Map.of("slug", slug, "name", "Outage " + slug, "kind", "OTHER"))));
    }
}
