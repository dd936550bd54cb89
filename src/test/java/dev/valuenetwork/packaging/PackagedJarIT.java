package dev.valuenetwork.packaging;

import static dev.valuenetwork.support.ServiceJar.awaitReady;
import static dev.valuenetwork.support.ServiceJar.freePort;
import static dev.valuenetwork.support.ServiceJar.serve;
import static dev.valuenetwork.support.ServiceJar.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.support.ServiceJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with no configuration at all: it starts its own PostgreSQL in a data folder,
 * keeps the data across restarts, and a second instance on the same folder stops at once with a
 * clear message instead of corrupting it.
 */
class PackagedJarIT {

    private static final String QUERY = "{\"query\":\"{ company(slug: \\\"sk-telecom\\\") { name } }\"}";

    @TempDir
    Path home;

    @Test
    void shouldRunOnItsOwnDatabaseAndKeepItsData() throws Exception {
        Path data = home.resolve("pgdata");
        int port = freePort();
        Process first = serve(port, home.resolve("first.log"), Map.of(), dataDir(data));
        try {
            awaitReady(port, first);
            assertTrue(ServiceJar.post(port, QUERY, null).contains("\"SK Telecom\""));
            assertTrue(Files.readString(home.resolve("first.log")).contains("Seed dataset loaded"));

            Process second = serve(freePort(), home.resolve("second.log"), Map.of(), dataDir(data));
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "a second instance on the same folder must stop at once");
            assertEquals(1, second.exitValue());
            assertTrue(Files.readString(home.resolve("second.log")).contains("is in use by another running instance"));
        } finally {
            stop(first);
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")), "data stays in the configured folder");

        Process again = serve(port, home.resolve("again.log"), Map.of(), dataDir(data));
        try {
            awaitReady(port, again);
            assertTrue(ServiceJar.post(port, QUERY, null).contains("\"SK Telecom\""));
            assertFalse(Files.readString(home.resolve("again.log")).contains("Seed dataset loaded"),
                    "the seed loads once per version, not at every start");
        } finally {
            stop(again);
        }
    }

    private static String dataDir(Path data) {
        return "-Dvaluenetwork.embedded.data-dir=" + data;
    }
}
