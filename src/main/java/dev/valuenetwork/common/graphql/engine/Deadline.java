package dev.valuenetwork.common.graphql.engine;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;

/**
 * A request's time budget, counted from its arrival (so time spent waiting for an execution
 * thread counts too). Resolvers check it before they start work: once it has passed, every
 * further field fails at once instead of reading the database, and the request is answered
 * with one {@code TIMEOUT} error rather than a partial response with an error per field.
 */
public final class Deadline {

    static final String CONTEXT_KEY = "valuenetwork.deadline";

    private final long startNanos;
    private final long endNanos;
    private final Duration budget;
    private volatile boolean passed;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.startNanos = System.nanoTime();
        this.endNanos = startNanos + budget.toNanos();
    }

    public static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    /** Whether work was refused because the budget had run out. */
    public boolean passed() {
        return passed;
    }

    /** Nanoseconds since the request arrived. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    public Duration budget() {
        return budget;
    }

    void check() {
        if (passed || System.nanoTime() - endNanos > 0) {
            passed = true;
            throw timeout(budget);
        }
    }

    static void check(DataFetchingEnvironment env) {
        Deadline deadline = env.getGraphQlContext().get(CONTEXT_KEY);
        if (deadline != null) {
            deadline.check();
        }
    }

    public static ApiException timeout(Duration budget) {
        return new ApiException(ErrorCode.TIMEOUT, "The request ran past its time budget of " + budget.toMillis()
                + " ms and was stopped. Ask for less (fewer aliases, smaller pages, fewer hops) or split it.")
                .with("budgetMs", budget.toMillis());
    }
}
