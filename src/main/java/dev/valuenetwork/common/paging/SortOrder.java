package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.error.ApiException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An order for keyset paging: SQL expressions sorted one way, ending in a unique column, and how
 * to read a row's values for its cursor. Expressions never yield NULL (undated rows sort by a
 * flag or -infinity), because row comparisons with NULL are unknown.
 */
public record SortOrder<E>(boolean descending, List<Column> columns, Function<E, List<String>> values) {

    /** A sort expression over alias x and the SQL type its cursor value is cast to. */
    public record Column(String sql, String type) {
    }

    private static final Pattern DATE = Pattern.compile("-?infinity|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    String expressions() {
        return columns.stream().map(Column::sql).collect(Collectors.joining(", "));
    }

    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return columns.stream().map(c -> c.sql() + direction).collect(Collectors.joining(", "));
    }

    /** The cursor of a row in this order. */
    public String cursor(E row) {
        return Cursor.encode(values.apply(row).toArray(String[]::new));
    }

    /** Checks a cursor value against its column type, so a forged cursor is a client error, not SQL's. */
    String validate(int index, String value) {
        String type = columns.get(index).type();
        boolean ok = switch (type) {
            case "date" -> DATE.matcher(value).matches();
            case "bigint", "numeric" -> NUMBER.matcher(value).matches();
            case "boolean" -> value.equals("true") || value.equals("false");
            default -> true;
        };
        if (!ok) {
            throw ApiException.invalidArgument("after", "'after' is not a cursor from this list; pass the endCursor or an edge's cursor unchanged.");
        }
        return value;
    }

    /** By a unique text column ascending: slugs, keys. */
    public static <E> SortOrder<E> byUniqueText(String column, Function<E, String> value) {
        return new SortOrder<>(false, List.of(new Column("x." + column, "text")), row -> List.of(value.apply(row)));
    }
}
