package dev.valuenetwork.common.graphql.engine;

import graphql.schema.DataFetchingEnvironment;
import java.util.function.Supplier;

/**
 * The field whose {@code @Source} method runs on this thread, for code that needs its
 * environment (the batch loaders: the request's loader registry and statement counter). SmallRye
 * would offer it through its request context, which the lean fetchers no longer fill.
 */
public final class CurrentField {

    private static final ThreadLocal<DataFetchingEnvironment> CURRENT = new ThreadLocal<>();

    private CurrentField() {
    }

    /** The environment of the lean fetcher running on this thread, or null outside one. */
    public static DataFetchingEnvironment environment() {
        return CURRENT.get();
    }

    static <T> T call(DataFetchingEnvironment env, Supplier<T> work) {
        DataFetchingEnvironment outer = CURRENT.get();
        CURRENT.set(env);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
