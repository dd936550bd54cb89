package dev.valuenetwork.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The fast path of the start-up (SchemaAtStart) decides as Flyway would: the index lists every
 * migration of the folder, the checksum is Flyway's own, a fresh database is migrated by the
 * same Flyway set-up, and any change to an applied script sends the start back to Flyway.
 */
class MigrationsTest {

    @Test
    void theIndexListsEveryMigrationInVersionOrder() throws IOException {
        List<String> folder;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            folder = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
        }
        assertEquals(folder, Migrations.scripts());
    }

    @Test
    void aNewDatabaseIsMigratedAndThenNeedsNoFlyway() throws SQLException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(EmbeddedPostgresResource.createDatabase("migrations_check"));
        database.setUser("postgres");
        assertFalse(Migrations.upToDate(database), "no history yet");

        Migrations.flyway(database).migrate();
        assertTrue(Migrations.upToDate(database));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // the checksums Flyway wrote are the ones this class computes
            try (var rows = statement.executeQuery("SELECT script, checksum FROM flyway_schema_history ORDER BY installed_rank")) {
                while (rows.next()) {
                    String script = rows.getString(1);
                    assertEquals(rows.getInt(2), Migrations.checksum(script.substring(script.lastIndexOf('/') + 1)), script);
                }
            }
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'");
            assertFalse(Migrations.upToDate(database), "an edited script is Flyway's to judge");
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '3'");
            statement.execute("DELETE FROM flyway_schema_history WHERE version = '10'");
            assertFalse(Migrations.upToDate(database), "a migration not applied yet");
        }
    }
}
