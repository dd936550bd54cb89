package dev.valuenetwork.support;

import dev.valuenetwork.common.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * A new, empty database on the shared server (created as the service documents for an
     * external PostgreSQL), for tests that run whole service processes against their own data.
     */
    public static synchronized String createDatabase(String name) {
        if (database == null) {
            database = startThrowaway();
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'"
                    + " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + name;
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
