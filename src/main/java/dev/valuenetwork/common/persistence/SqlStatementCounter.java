package dev.valuenetwork.common.persistence;

import dev.valuenetwork.common.graphql.engine.CurrentField;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements each GraphQL request prepares, so tests and benchmarks can prove
 * that nested reads stay batched. Batch loaders bind their request explicitly (they run outside
 * any resolver); resolvers are found through the field running on the thread, lean or SmallRye's.
 */
@PersistenceUnitExtension
public class SqlStatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<RequestStats> BOUND = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        countStatement();
        return sql;
    }

    /** Counts a statement run outside Hibernate (the JDBC reads) for the current request, if any. */
    public static void countStatement() {
        RequestStats stats = current();
        if (stats != null) {
            stats.countStatement();
        }
    }

    /** Counts the rows a JDBC read returned for the current request, if any. */
    static void countRows(int read) {
        RequestStats stats = current();
        if (stats != null) {
            stats.countRows(read);
        }
    }

    /** Runs work with its statements charged to the given request. */
    public static <T> T chargedTo(RequestStats stats, Supplier<T> work) {
        RequestStats previous = BOUND.get();
        BOUND.set(stats);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    /** The request stats of the GraphQL request whose fetcher runs on this thread, if any. */
    public static RequestStats statsOf(DataFetchingEnvironment dfe) {
        GraphQLContext context = dfe == null ? null : dfe.getGraphQlContext();
        return context == null ? null : context.get(RequestStats.CONTEXT_KEY);
    }

    private static RequestStats current() {
        RequestStats bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        DataFetchingEnvironment lean = CurrentField.environment();
        if (lean != null) {
            return statsOf(lean);
        }
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        return context == null ? null : statsOf(context.getDataFetchingEnvironment());
    }
}
