package dev.valuenetwork.dataset;

import static dev.valuenetwork.support.ServiceJar.database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.ServiceJar;
import dev.valuenetwork.support.ServiceJar.Outcome;
import dev.valuenetwork.support.SyntheticNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's command-line import and export, and the round trip the issue asks for: the network
 * exported from one database and imported into an empty one is the same network, global ids
 * included, as two running services answer.
 */
class DatasetRoundTripIT {

    /** Every kind of global id, as far as the nested lists reach. */
    private static final String IDS = """
            {"query":"{ companies(first: 100) { totalCount edges { node { id slug memberships { id }
             investmentsMade { id amount { amount currency } } executives { id } statements { id } figures { id }
             products { id } } } } alliances(first: 100) { edges { node { id members { id } products { id } } } }
             people(first: 100) { edges { node { id roles { id } } } } }"}""".replace("\n", "");

    @TempDir
    Path work;

    @Test
    void shouldImportExportAndRestoreIntoAnEmptyDatabase() throws Exception {
        String origin = EmbeddedPostgresResource.createDatabase("round_trip_origin");
        String copy = EmbeddedPostgresResource.createDatabase("round_trip_copy");

        Path synthetic = work.resolve("synthetic.yaml");
        Files.writeString(synthetic, new ObjectMapper(new YAMLFactory()).setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .writeValueAsString(SyntheticNetwork.lists("trip", 30)));
        Outcome imported = ServiceJar.run(work.resolve("import.log"), database(origin), List.of("import", synthetic.toString()));
        assertEquals(0, imported.exitCode(), imported.output());
        assertTrue(imported.output().contains("Imported in "), imported.output());
        assertFalse(imported.output().contains("Installed features"), "the command prints its result, not the start-up log");
        assertTrue(imported.output().contains("investments") && imported.output().contains("60 created"), imported.output());

        Path broken = work.resolve("broken.yaml");
        Files.writeString(broken, "companies:\n  - slug: Not A Slug\n    name: X\n    kind: TELCO\n    country: Korea\n");
        Outcome refused = ServiceJar.run(work.resolve("broken.log"), database(origin), List.of("import", broken.toString()));
        assertEquals(1, refused.exitCode());
        assertTrue(refused.output().contains("problem(s); nothing was imported"), refused.output());
        assertTrue(refused.output().contains("companies[0] (Not A Slug).country"), refused.output());

        Path missing = work.resolve("missing.yaml");
        long asked = System.nanoTime();
        Outcome absent = ServiceJar.run(work.resolve("missing.log"), database(origin), List.of("import", missing.toString()));
        long answeredMs = (System.nanoTime() - asked) / 1_000_000;
        assertEquals(1, absent.exitCode());
        assertFalse(absent.output().contains("\tat "), "a missing file is a sentence, not a stack trace");
        assertTrue(absent.output().contains("there is no such file"), absent.output());
        // told before the service starts: no database, no migrations, no seed, no start-up log
        assertFalse(absent.output().contains("Quarkus") || absent.output().contains("PostgreSQL"), absent.output());
        System.out.printf("[cli] a missing file was reported in %d ms%n", answeredMs);

        Path exported = work.resolve("exported.yaml");
        assertEquals(0, ServiceJar.run(work.resolve("export.log"), database(origin), List.of("export", exported.toString()))
                .exitCode());
        Outcome restored = ServiceJar.run(work.resolve("restore.log"), database(copy), List.of("import", exported.toString()),
                "-Dvaluenetwork.dataset.load-seed=false");
        assertEquals(0, restored.exitCode(), restored.output());
        assertTrue(restored.output().contains(" 0 updated, 0 unchanged"), "the copy started empty: " + restored.output());
        Path again = work.resolve("again.yaml");
        assertEquals(0, ServiceJar.run(work.resolve("again.log"), database(copy), List.of("export", again.toString()),
                "-Dvaluenetwork.dataset.load-seed=false").exitCode());
        assertEquals(Files.readString(exported), Files.readString(again), "the copy exports exactly what the origin did");

        Path neighbourhood = work.resolve("kt.yaml");
        assertEquals(0, ServiceJar.run(work.resolve("kt.log"), database(origin),
                List.of("export", neighbourhood.toString(), "--company", "kt")).exitCode());
        String kt = Files.readString(neighbourhood);
        assertTrue(kt.contains("slug: kt") && kt.contains("slug: kim-young-shub") && !kt.contains("trip-co-"), kt);

        String expected = ids(origin, "origin");
        String actual = ids(copy, "copy");
        assertEquals(-1, firstDifference(expected, actual), () -> "both databases give the same nodes the same global ids;"
                + " they differ at\n  origin: " + around(expected, firstDifference(expected, actual))
                + "\n  copy:   " + around(actual, firstDifference(expected, actual)));
    }

    private static int firstDifference(String a, String b) {
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : Math.min(a.length(), b.length());
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150));
    }

    private String ids(String jdbcUrl, String name) {
        int port = ServiceJar.freePort();
        Process service = ServiceJar.serve(port, work.resolve(name + ".log"), database(jdbcUrl),
                "-Dvaluenetwork.dataset.load-seed=false");
        try {
            ServiceJar.awaitReady(port, service);
            String body = ServiceJar.post(port, IDS, null);
            assertTrue(body.contains("\"totalCount\":") && body.contains("trip-co-029") && !body.contains("\"errors\""), body);
            return body;
        } finally {
            ServiceJar.stop(service);
        }
    }
}
