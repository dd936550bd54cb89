package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.common.persistence.Reads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filtered, keyset-paged list query. Conditions come from code with named parameters, never
 * from client text, so every statement is parameterised. The page starts after the cursor's sort
 * values with a row comparison, which an index on the same columns answers directly.
 */
public final class KeysetQuery<R> extends Conditions {

    private final Reads.RowReader<R> reader;
    private final Columns columns;
    private final String from;

    private KeysetQuery(Reads.RowReader<R> reader, Columns columns, String from) {
        this.reader = reader;
        this.columns = columns;
        this.from = from;
    }

    /**
     * A query over one table; {@code from} names it with the alias x that conditions use
     * ("company x"), and the reader reads the columns from the first position on.
     */
    public static <R> KeysetQuery<R> of(Reads.RowReader<R> reader, Columns columns, String from) {
        return new KeysetQuery<>(reader, columns, from);
    }

    public List<R> page(SortOrder<R> order, PageRequest page) {
        boolean filtered = !clauses().isEmpty();
        List<String> clauses = new ArrayList<>(clauses());
        Map<String, Object> bound = new LinkedHashMap<>(parameters());
        List<String> after = page.afterValues(order.columns().size());
        if (after != null) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                values.add("CAST(:k" + i + " AS " + order.columns().get(i).type() + ")");
                bound.put("k" + i, order.validate(i, after.get(i)));
            }
            clauses.add("(" + order.expressions() + ") " + (order.descending() ? "<" : ">") + " (" + String.join(", ", values) + ")");
        }
        bound.put("limit", page.limit());
        String sql = "SELECT " + columns.select("x") + " FROM " + from + where(clauses) + " ORDER BY " + order.orderBy() + " LIMIT :limit";
        // an unfiltered page reads the sort's index whatever the values: its plan is kept
        return run(() -> filtered ? Reads.listPlannedForValuesWhenLarge(table(), reader, sql, flatten(bound))
                : Reads.list(reader, sql, flatten(bound)));
    }

    public long count() {
        return run(() -> Reads.listPlannedForValuesWhenLarge(table(), row -> row.getLong(1), "SELECT count(*) FROM " + from + sql(),
                parameterArray()).get(0));
    }

    private String table() {
        return from.substring(0, from.indexOf(' '));
    }

    private static String where(List<String> clauses) {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
}
