package dev.valuenetwork.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.common.db.DataFolderInUseException;
import dev.valuenetwork.common.db.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server: a real PostgreSQL, UTF-8 with the C.UTF-8 locale, one owner per folder. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void shouldRefuseASecondServerOnAFolderInUse() {
        Path data = folder.resolve("pgdata");
        EmbeddedDatabase first = EmbeddedDatabase.start(data, false);
        try {
            DataFolderInUseException refused = assertThrows(DataFolderInUseException.class,
                    () -> EmbeddedDatabase.start(data, false));
            assertTrue(refused.getMessage().contains(data.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), refused.getMessage());
        } finally {
            first.stop();
        }
    }

    @Test
    void shouldKeepDataAcrossRestartsAndHandleHangul() throws SQLException {
        Path data = folder.resolve("pgdata");
        EmbeddedDatabase database = EmbeddedDatabase.start(data, true);
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (name text)");
            s.execute("INSERT INTO kept VALUES ('익시젠')");
        } finally {
            database.stop();
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")));
        EmbeddedDatabase again = EmbeddedDatabase.start(data, true);
        try (Connection c = connect(again); Statement s = c.createStatement()) {
            assertEquals("익시젠", single(s, "SELECT name FROM kept"));
            assertEquals("UTF8", single(s, "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"));
            assertEquals("C.UTF-8", single(s, "SELECT datctype FROM pg_database WHERE datname = current_database()"));
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            // Under the C locale pg_trgm drops Hangul and this is 0.
            assertTrue(Double.parseDouble(single(s, "SELECT similarity('익시젠', '익시젠을')")) > 0.3);
        } finally {
            again.stop();
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
