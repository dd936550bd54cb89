package dev.valuenetwork.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database of its own on the shared test server, holding the seed and nothing the other tests
 * write, for a test class that compares whole answers (with TestResourceScope.RESTRICTED_TO_CLASS).
 */
public class SeedOnlyDatabase implements QuarkusTestResourceLifecycleManager {

    private static final AtomicInteger CREATED = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        String url = EmbeddedPostgresResource.createDatabase("seed_only_" + CREATED.incrementAndGet());
        return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // dropped with the server at the end of the JVM
    }
}
