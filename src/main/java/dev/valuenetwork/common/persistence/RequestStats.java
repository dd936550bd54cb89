package dev.valuenetwork.common.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one GraphQL request cost the database; kept in the request's GraphQL context. */
public final class RequestStats {

    public static final String CONTEXT_KEY = "valuenetwork.requestStats";

    private final AtomicInteger sqlStatements = new AtomicInteger();
    private final AtomicLong rows = new AtomicLong();

    void countStatement() {
        sqlStatements.incrementAndGet();
    }

    public int sqlStatements() {
        return sqlStatements.get();
    }

    void countRows(int read) {
        rows.addAndGet(read);
    }

    /** Rows the request's JDBC reads returned: what it weighed in fact, where its cost is the worst case. */
    public long rows() {
        return rows.get();
    }
}
