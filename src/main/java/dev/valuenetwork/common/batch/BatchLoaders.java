package dev.valuenetwork.common.batch;

import dev.valuenetwork.common.graphql.engine.CurrentField;
import dev.valuenetwork.common.persistence.RequestStats;
import dev.valuenetwork.common.persistence.SqlStatementCounter;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/**
 * Resolves relation fields in batches: each field call only queues its parent id, and at the end
 * of a level graphql-java dispatches every queue, one SQL statement per relation and per
 * distinct argument set, whatever the number of parents.
 *
 * <p>SmallRye's own {@code @Source List<P>} batching hands a whole batch the arguments of its
 * first parent, so {@code a: memberships(asOf: "2020") b: memberships(asOf: "2024")} would
 * answer both aliases alike; keys here carry their arguments and batches are split by them.
 */
@ApplicationScoped
public class BatchLoaders {

    @Inject
    Context context;

    @Inject
    Vertx vertx;

    /** Loads a to-many relation of the parent, in the order the query returns. */
    public <A, R> CompletionStage<List<R>> many(String relation, long parentId, A args, ManyQuery<A, R> query) {
        DataFetchingEnvironment dfe = environment();
        DataLoader<Key<A>, List<R>> loader = dfe.getDataLoaderRegistry().computeIfAbsent(relation,
                name -> DataLoaderFactory.newDataLoader(manyBatch(query, SqlStatementCounter.statsOf(dfe))));
        return loader.load(new Key<>(parentId, args));
    }

    /** The row the parent's own statement joined in when there is one, else a batched load by id. */
    public <R> CompletionStage<R> one(String relation, Long id, OneQuery<R> query, R joined) {
        return joined != null ? CompletableFuture.completedFuture(joined) : one(relation, id, query);
    }

    /** Loads one row by id; a null id resolves to null without a query. */
    public <R> CompletionStage<R> one(String relation, Long id, OneQuery<R> query) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataFetchingEnvironment dfe = environment();
        DataLoader<Long, R> loader = dfe.getDataLoaderRegistry().computeIfAbsent(relation,
                name -> DataLoaderFactory.newDataLoader(oneBatch(query, SqlStatementCounter.statsOf(dfe))));
        return loader.load(id);
    }

    /** The calling field's environment: bound by the lean fetchers over HTTP, SmallRye's context over WebSocket. */
    private DataFetchingEnvironment environment() {
        DataFetchingEnvironment lean = CurrentField.environment();
        return lean != null ? lean : context.unwrap(DataFetchingEnvironment.class);
    }

    private <A, R> BatchLoader<Key<A>, List<R>> manyBatch(ManyQuery<A, R> query, RequestStats stats) {
        return keys -> onWorker(stats, () -> {
            Map<A, Set<Long>> idsByArgs = new LinkedHashMap<>();
            for (Key<A> key : keys) {
                idsByArgs.computeIfAbsent(key.args(), a -> new LinkedHashSet<>()).add(key.parentId());
            }
            Map<A, Map<Long, List<R>>> results = new LinkedHashMap<>();
            idsByArgs.forEach((args, ids) -> results.put(args, query.load(ids, args)));
            List<List<R>> answers = new ArrayList<>(keys.size());
            for (Key<A> key : keys) {
                answers.add(results.get(key.args()).getOrDefault(key.parentId(), List.of()));
            }
            return answers;
        });
    }

    private <R> BatchLoader<Long, R> oneBatch(OneQuery<R> query, RequestStats stats) {
        return ids -> onWorker(stats, () -> {
            Map<Long, R> found = query.load(new LinkedHashSet<>(ids));
            List<R> answers = new ArrayList<>(ids.size());
            for (Long id : ids) {
                answers.add(found.get(id));
            }
            return answers;
        });
    }

    /**
     * Batches are dispatched on whatever thread finished the level. Over HTTP that is the
     * request's worker thread, and the batch runs right there (plain autocommit reads, no
     * transaction); JDBC must not block an event loop, so from one the work moves to a worker.
     */
    private <T> CompletionStage<T> onWorker(RequestStats stats, Supplier<T> work) {
        Supplier<T> charged = () -> SqlStatementCounter.chargedTo(stats, work);
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return vertx.<T>executeBlocking(charged::get, false).toCompletionStage();
        }
        try {
            return CompletableFuture.completedFuture(charged.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A parent and the arguments its field was asked with. */
    record Key<A>(long parentId, A args) {
    }

    /** One statement that loads the relation for many parents at once, grouped by parent id. */
    @FunctionalInterface
    public interface ManyQuery<A, R> {
        Map<Long, List<R>> load(Collection<Long> parentIds, A args);
    }

    /** One statement that loads many rows by id. */
    @FunctionalInterface
    public interface OneQuery<R> {
        Map<Long, R> load(Collection<Long> ids);
    }
}
