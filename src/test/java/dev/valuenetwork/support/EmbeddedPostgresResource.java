package dev.valuenetwork.support;

import dev.valuenetwork.common.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real PostgreSQL per test JVM, in a fresh temporary folder, shared by every Quarkus
 * application the tests start (test profiles restart Quarkus, not the database). The packaged
 * jar under {@code @QuarkusIntegrationTest} receives the same URL, so it starts nothing itself.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    @Override
    public synchronized Map<String, String> start() {
        if (database == null) {
            database = startThrowaway();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Kept for the next application of this JVM; the shutdown hook below ends it.
    }

    public static synchronized String jdbcUrl() {
        return database == null ? null : database.jdbcUrl();
    }

    private static EmbeddedDatabase startThrowaway() {
        try {
            Path root = Files.createTempDirectory("value-network-test");
            EmbeddedDatabase started = EmbeddedDatabase.start(root.resolve("pgdata"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                deleteRecursively(root);
            }, "test-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
