package dev.valuenetwork.common.http;

import dev.valuenetwork.common.graphql.GraphQLSettings;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads GraphQL requests execute on, a few per core. A request's execution is CPU work
 * with short waits on the database, so running more of them at once than the machine has cores
 * for only multiplies the memory held by half-built responses: measured with 32 concurrent nested
 * reads on 2 cores, the heap grew to 4 GB and garbage collection paused for 0.2-0.4 s at a time.
 * Requests beyond the pool wait their turn in arrival order.
 */
@ApplicationScoped
public class ExecutionPool {

    @Inject
    GraphQLSettings settings;

    private volatile ExecutorService executor;

    void execute(Runnable execution) {
        executor().execute(execution);
    }

    private ExecutorService executor() {
        ExecutorService found = executor;
        if (found == null) {
            synchronized (this) {
                found = executor;
                if (found == null) {
                    int threads = settings.executionThreads()
                            .orElse(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
                    AtomicInteger count = new AtomicInteger();
                    found = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                            task -> {
                                Thread thread = new Thread(task, "graphql-execution-" + count.incrementAndGet());
                                thread.setDaemon(true);
                                return thread;
                            });
                    executor = found;
                }
            }
        }
        return found;
    }

    void stop(@Observes ShutdownEvent event) {
        ExecutorService running = executor;
        if (running != null) {
            running.shutdown();
        }
    }
}
