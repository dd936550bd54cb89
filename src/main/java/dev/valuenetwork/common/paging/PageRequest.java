package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.Selection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** A validated {@code first}/{@code after} pair of a root connection. */
public record PageRequest(int first, String after) {

    public static final int MAX_FIRST = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_FIRST) {
            throw ApiException.invalidArgument("first", "'first' must be between 1 and " + MAX_FIRST + ", was " + size + ".");
        }
        return new PageRequest(size, after);
    }

    /** The keyset values of the cursor, or null on the first page. */
    public List<String> afterValues(int values) {
        return after == null ? null : Cursor.decode(after, values);
    }

    /** Rows to fetch: one more than the page, to learn whether another page follows. */
    public int limit() {
        return first + 1;
    }

    /**
     * Builds a connection from up to {@link #limit()} rows. Each root list has its own
     * connection and edge types (CompanyConnection, CompanyEdge), as Relay clients expect. The
     * total is counted only when the request selects {@code totalCount}: a count reads every
     * matching row, often more work than the page itself.
     */
    public <R, D, C> C toConnection(List<R> rows, Function<R, String> cursor, LongSupplier totalCount,
            BiFunction<String, R, D> edge, ConnectionFactory<D, C> connection) {
        boolean hasNext = rows.size() > first;
        List<R> page = hasNext ? rows.subList(0, first) : rows;
        List<D> edges = page.stream().map(r -> edge.apply(cursor.apply(r), r)).toList();
        PageInfo info = new PageInfo(hasNext, after != null,
                page.isEmpty() ? null : cursor.apply(page.get(0)),
                page.isEmpty() ? null : cursor.apply(page.get(page.size() - 1)));
        int total = Selection.includes("totalCount") ? (int) totalCount.getAsLong() : 0;
        return connection.create(edges, info, total);
    }

    /** The canonical constructor of a connection record. */
    @FunctionalInterface
    public interface ConnectionFactory<E, C> {
        C create(List<E> edges, PageInfo pageInfo, int totalCount);
    }
}
