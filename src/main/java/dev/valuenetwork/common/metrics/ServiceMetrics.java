package dev.valuenetwork.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The service's own metrics at {@code /q/metrics}, next to the HTTP, JVM and pool metrics Quarkus
 * provides: GraphQL operations over HTTP by name, type and outcome, with latency, cost and SQL
 * statements per request; refusals by the per-client budget; live subscribers.
 *
 * <p>Operation names come from clients, so they are bounded: names that are not GraphQL names,
 * and names beyond the first {@link #MAX_NAMES}, are counted as {@code other}; a client cannot
 * grow the registry without end.
 */
@ApplicationScoped
public class ServiceMetrics {

    static final int MAX_NAMES = 200;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");
    private static final Duration[] LATENCY = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final double[] COST = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 2_000_000};
    private static final double[] STATEMENTS = {1, 2, 4, 8, 16, 32, 64};

    @Inject
    MeterRegistry registry;

    private final Set<String> names = ConcurrentHashMap.newKeySet();

    /** One GraphQL operation over HTTP, answered. */
    public void operation(String name, String type, String outcome, long nanos, long cost, long sqlStatements) {
        Tags tags = Tags.of("operation", bounded(name), "type", type, "outcome", outcome);
        Timer.builder("graphql.request").description("GraphQL operations over HTTP, from arrival to answer")
                .tags(tags).serviceLevelObjectives(LATENCY).register(registry).record(Duration.ofNanos(nanos));
        DistributionSummary.builder("graphql.request.cost").description("Computed cost of each operation")
                .tags(tags).serviceLevelObjectives(COST).register(registry).record(cost);
        DistributionSummary.builder("graphql.request.sql.statements").description("SQL statements each operation issued")
                .tags(tags).serviceLevelObjectives(STATEMENTS).register(registry).record(sqlStatements);
    }

    /** A request refused by the per-client budget: {@code cost} or {@code concurrent}. */
    public void rateLimited(String reason) {
        Counter.builder("graphql.rate.limited").description("Requests refused with RATE_LIMITED")
                .tag("reason", reason).register(registry).increment();
    }

    /** A WebSocket closed because its client stopped reading. */
    public void slowSocketClosed() {
        Counter.builder("graphql.websocket.closed.slow").description("WebSockets closed because too much waited to be sent")
                .register(registry).increment();
    }

    /** A gauge read when scraped, such as the live subscribers. */
    public void gauge(String name, String description, Supplier<Number> value) {
        io.micrometer.core.instrument.Gauge.builder(name, value).description(description).register(registry);
    }

    private String bounded(String name) {
        if (name == null) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return "other";
    }
}
