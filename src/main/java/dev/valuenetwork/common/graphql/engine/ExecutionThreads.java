package dev.valuenetwork.common.graphql.engine;

import dev.valuenetwork.common.graphql.GraphQLSettings;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads GraphQL requests run on: a few per core for executions, and as many again for
 * batches that one level of a request sends to the database side by side.
 *
 * <p>An execution is CPU work with short waits on the database, so running more of them at once
 * than the machine has cores for only multiplies the memory held by half-built responses: with 32
 * concurrent nested reads on 2 cores and no bound, the heap grew to 4 GB and garbage collection
 * paused 0.2-0.4 s at a time. Requests beyond the pool wait their turn in arrival order. Batch
 * threads never wait on each other, so their pool cannot deadlock with the executions that wait
 * for them.
 */
@ApplicationScoped
public class ExecutionThreads {

    @Inject
    GraphQLSettings settings;

    private volatile ExecutorService executions;
    private volatile ExecutorService heavy;
    private volatile ExecutorService batches;

    /**
     * Runs a request's execution on one of the execution threads, or, for a heavy one (see
     * {@link GraphQLSettings#heavyCost()}), on one of the heavy lane's, so that clients sending
     * the largest documents allowed wait for each other and never hold the threads a small read
     * needs.
     */
    public void execute(Runnable execution, boolean isHeavy) {
        if (executions == null) {
            synchronized (this) {
                if (executions == null) {
                    heavy = pool("graphql-heavy-", settings.heavyThreads().orElse(Runtime.getRuntime().availableProcessors()));
                    batches = pool("graphql-batch-", threads());
                    executions = pool("graphql-execution-", threads());
                }
            }
        }
        (isHeavy ? heavy : executions).execute(execution);
    }

    /** Where a level's extra batches run (see {@link LevelDispatch}). */
    Executor batches() {
        return batches;
    }

    private int threads() {
        return settings.executionThreads().orElse(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Tasks run in the trace context they were submitted in (the HTTP request's span on the event
     * loop, the execution's on its thread), so that SQL spans belong to the request's trace.
     */
    private static ExecutorService pool(String name, int threads) {
        return Context.taskWrapping(threadPool(name, threads));
    }

    private static ExecutorService threadPool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) {
        for (ExecutorService pool : new ExecutorService[] {executions, heavy, batches}) {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }
}
