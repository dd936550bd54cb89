package dev.valuenetwork.common.persistence;

import java.util.concurrent.atomic.AtomicInteger;

/** What one GraphQL request cost the database; kept in the request's GraphQL context. */
public final class RequestStats {

    public static final String CONTEXT_KEY = "valuenetwork.requestStats";

    private final AtomicInteger sqlStatements = new AtomicInteger();

    void countStatement() {
        sqlStatements.incrementAndGet();
    }

    public int sqlStatements() {
        return sqlStatements.get();
    }
}
