package dev.valuenetwork.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service run as its users run it, as a server or as a command: the jar
 * (target/quarkus-app), or the native binary when the build made one ({@code -Pnative}, where
 * failsafe names it in {@code native.image.path}).
 */
public final class ServiceJar {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private ServiceJar() {
    }

    /** The outcome of a command-line run. */
    public record Outcome(int exitCode, String output) {
    }

    /**
     * Starts the service. {@code env} may name an external database (QUARKUS_DATASOURCE_*);
     * without it the service starts its own embedded one. Options are -D system properties.
     */
    public static Process serve(int port, Path log, Map<String, String> env, String... options) {
        List<String> command = command(options);
        command.add(1, "-Dquarkus.http.port=" + port);
        return start(command, env, log);
    }

    /** Runs the jar's command-line mode (import or export) and waits for it. */
    public static Outcome run(Path log, Map<String, String> env, List<String> arguments, String... options) {
        List<String> command = command(options);
        command.addAll(arguments);
        Process process = start(command, env, log);
        try {
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the command did not finish");
            return new Outcome(process.exitValue(), Files.readString(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Environment naming an external database. */
    public static Map<String, String> database(String jdbcUrl) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", "postgres");
    }

    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until /q/health/ready answers 200, failing if the process exits first. */
    public static void awaitReady(int port, Process process) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the service exited while starting");
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                Thread.sleep(200);
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the service did not become ready within 180 s");
    }

    /** POSTs a GraphQL request body (JSON) to /graphql, with a bearer token or none; returns the body. */
    public static String post(int port, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(String... options) {
        List<String> command = new ArrayList<>();
        Path binary = nativeBinary();
        if (binary != null) {
            command.add(binary.toString());
            command.addAll(List.of(options));
            return command;
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.add("-jar");
        command.add(JAR.toString());
        return command;
    }

    /** The native binary of this build, or null when it made a jar. */
    public static Path nativeBinary() {
        String configured = System.getProperty("native.image.path");
        Path binary = configured == null ? null : Path.of(configured);
        return binary != null && Files.isExecutable(binary) && !Files.exists(JAR) ? binary : null;
    }

    private static Process start(List<String> command, Map<String, String> env, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(env);
        try {
            return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
