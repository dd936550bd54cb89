package dev.valuenetwork.common.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Whether the database already holds every migration of this build, as Flyway would decide it:
 * each versioned script of {@code db/migration/} applied successfully with Flyway's checksum of
 * the same text, and nothing else applied. Any doubt (no history table, a failed or unknown row,
 * a changed script) answers false, and Flyway itself then migrates or reports the problem.
 *
 * <p>The scripts are listed in {@code db/migration/index.txt}, since a class path cannot be
 * listed portably (a jar, a native image); {@code MigrationsTest} holds the list equal to the
 * folder and the checksum equal to Flyway's.
 */
public final class Migrations {

    static final String FOLDER = "db/migration/";

    private Migrations() {
    }

    public static boolean upToDate(DataSource dataSource) {
        Map<String, Integer> applied;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            applied = applied(statement);
        } catch (SQLException e) {
            return false; // no history yet (a new database), or one this check cannot read: Flyway decides
        }
        if (applied == null) {
            return false;
        }
        List<String> scripts = scripts();
        if (applied.size() != scripts.size()) {
            return false;
        }
        for (String script : scripts) {
            if (!Objects.equals(applied.get(script), checksum(script))) {
                return false;
            }
        }
        return true;
    }

    /** The scripts Flyway applied, by file name, or null when a row failed or is not a plain versioned script. */
    private static Map<String, Integer> applied(Statement statement) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT script, checksum, success, version IS NOT NULL AND type = 'SQL' FROM flyway_schema_history")) {
            while (rows.next()) {
                if (!rows.getBoolean(3) || !rows.getBoolean(4)) {
                    return null;
                }
                int checksum = rows.getInt(2);
                // Quarkus' Flyway records the class-path location ("db/migration/V1__...sql"), Flyway's own tools the file name
                String script = rows.getString(1);
                applied.put(script.substring(script.lastIndexOf('/') + 1), rows.wasNull() ? null : checksum);
            }
        }
        return applied;
    }

    /** The versioned scripts of this build, in the order of the index. */
    static List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        for (String line : read(FOLDER + "index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                scripts.add(name);
            }
        }
        return scripts;
    }

    /** Flyway's checksum of a script: CRC-32 over its lines without line breaks, the first without a BOM. */
    static int checksum(String script) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(FOLDER + script), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    /**
     * Flyway on the listed scripts: it reads them through this list, as it cannot list a class
     * path either, and is created only when {@link #upToDate} says there is work for it.
     */
    static Flyway flyway(DataSource dataSource) {
        List<LoadableResource> resources = scripts().stream().<LoadableResource>map(Script::new).toList();
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + FOLDER)
                .resourceProvider(new ResourceProvider() {
                    @Override
                    public LoadableResource getResource(String name) {
                        return resources.stream().filter(r -> r.getRelativePath().equals(name) || r.getFilename().equals(name))
                                .findFirst().orElse(null);
                    }

                    @Override
                    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                        return resources.stream().filter(r -> r.getFilename().startsWith(prefix)
                                && Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith)).toList();
                    }
                })
                .javaMigrationClassProvider(List::of)
                .load();
    }

    /** A script as Quarkus' Flyway names it in the history ("db/migration/V1__....sql"). */
    private static final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            return new InputStreamReader(open(FOLDER + name), StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return FOLDER + name;
        }
    }

    private static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The migration " + name + " is missing from the class path");
        }
        return in;
    }
}
