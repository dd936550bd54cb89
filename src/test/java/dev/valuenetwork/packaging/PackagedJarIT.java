package dev.valuenetwork.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with no configuration at all: it starts its own PostgreSQL in a data folder,
 * keeps the data across restarts, and a second instance on the same folder stops at once with a
 * clear message instead of corrupting it.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String QUERY = "{\"query\":\"{ company(slug: \\\"sk-telecom\\\") { name } }\"}";

    @TempDir
    Path home;

    @Test
    void shouldRunOnItsOwnDatabaseAndKeepItsData() throws Exception {
        Path data = home.resolve("pgdata");
        int port = freePort();
        Process first = start(data, port, home.resolve("first.log"));
        try {
            awaitReady(port, first);
            assertTrue(post(port).contains("\"SK Telecom\""));
            assertTrue(Files.readString(home.resolve("first.log")).contains("Seed dataset loaded"));

            Process second = start(data, freePort(), home.resolve("second.log"));
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "a second instance on the same folder must stop at once");
            assertEquals(1, second.exitValue());
            assertTrue(Files.readString(home.resolve("second.log")).contains("is in use by another running instance"));
        } finally {
            stop(first);
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")), "data stays in the configured folder");

        Process again = start(data, port, home.resolve("again.log"));
        try {
            awaitReady(port, again);
            assertTrue(post(port).contains("\"SK Telecom\""));
            assertFalse(Files.readString(home.resolve("again.log")).contains("Seed dataset loaded"),
                    "the seed loads once per version, not at every start");
        } finally {
            stop(again);
        }
    }

    private static Process start(Path data, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Dvaluenetwork.embedded.data-dir=" + data,
                "-Dquarkus.http.port=" + port, "-jar", JAR.toString()));
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void awaitReady(int port, Process process) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the service exited while starting");
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready within 120 s");
    }

    private static String post(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
