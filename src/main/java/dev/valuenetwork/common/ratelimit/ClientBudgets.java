package dev.valuenetwork.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A leaky bucket of cost per client, as Shopify and GitHub meter their GraphQL APIs: each client
 * (a token's subject, else the remote address) holds up to {@code maximum} points, refilled at
 * {@code restoreRate} points a second; a request takes its computed cost before it runs, and one
 * that finds too few points is refused with the time after which it would fit. A client may also
 * have only so many requests running at once.
 *
 * <p>State is in memory, per instance: behind a load balancer with N replicas a client gets up to
 * N buckets (docs/limits.md says so). The map drops buckets that are full and idle when it grows
 * past {@link #MAX_CLIENTS}, so a stream of new addresses cannot grow it without end.
 */
@ApplicationScoped
public class ClientBudgets {

    static final int MAX_CLIENTS = 100_000;

    /** Settings under {@code valuenetwork.graphql.budget}. */
    @ConfigMapping(prefix = "valuenetwork.graphql.budget")
    public interface Settings {
        /** Whether requests are metered at all. */
        @WithDefault("true")
        boolean enabled();

        /** Points a client's bucket holds when full. */
        @WithDefault("10000000")
        long maximum();

        /** Points a second the bucket refills by. */
        @WithDefault("500000")
        long restoreRate();

        /** Requests of one client that may run at once; more are refused until one ends. */
        @WithDefault("100")
        int maxConcurrent();
    }

    /** What a client's bucket holds after a decision. */
    public record ThrottleStatus(long maximumAvailable, long currentlyAvailable, long restoreRate) {

        /** Seconds until the bucket is full again. */
        public long secondsToFull() {
            return restoreRate <= 0 ? 0 : (maximumAvailable - currentlyAvailable + restoreRate - 1) / restoreRate;
        }
    }

    /** The decision on one request. */
    public sealed interface Admission permits Admitted, Refused {
        ThrottleStatus status();
    }

    /** Admitted: call {@link #release()} when the request has ended. */
    public record Admitted(ThrottleStatus status, Runnable onEnd) implements Admission {
        public void release() {
            onEnd.run();
        }
    }

    /** Refused: retry after this many seconds; {@code concurrent} when too many of the client's requests run. */
    public record Refused(ThrottleStatus status, long retryAfterSeconds, boolean concurrent) implements Admission {
    }

    @Inject
    Settings settings;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public boolean enabled() {
        return settings.enabled();
    }

    public Admission admit(String client, long cost) {
        if (buckets.size() > MAX_CLIENTS) {
            sweep();
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(settings.maximum()));
        return bucket.take(cost, settings, System.nanoTime());
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            if (it.next().idleAndFull(settings, now)) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        private double available;
        private long updated = System.nanoTime();
        private int running;

        Bucket(long maximum) {
            this.available = maximum;
        }

        synchronized Admission take(long cost, Settings settings, long now) {
            refill(settings, now);
            if (running >= settings.maxConcurrent()) {
                return new Refused(status(settings), 1, true);
            }
            // A document may not cost more than a full bucket: one that does takes the whole bucket.
            long charge = Math.min(cost, settings.maximum());
            if (charge > available) {
                double missing = charge - available;
                long wait = settings.restoreRate() <= 0 ? 60 : (long) Math.ceil(missing / settings.restoreRate());
                return new Refused(status(settings), Math.max(1, wait), false);
            }
            available -= charge;
            running++;
            return new Admitted(status(settings), this::release);
        }

        private synchronized void release() {
            running--;
        }

        synchronized boolean idleAndFull(Settings settings, long now) {
            refill(settings, now);
            return running == 0 && available >= settings.maximum();
        }

        private void refill(Settings settings, long now) {
            available = Math.min(settings.maximum(), available + (now - updated) / 1e9 * settings.restoreRate());
            updated = now;
        }

        private ThrottleStatus status(Settings settings) {
            return new ThrottleStatus(settings.maximum(), (long) Math.floor(available), settings.restoreRate());
        }
    }
}
