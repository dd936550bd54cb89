package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Sql;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Keyset pagination for the two orders root lists use: by a unique text column (slug or key),
 * and newest first by a partial date (undated rows last, ties by id). Table and column names
 * are constants of the calling code, never client input.
 */
public final class Keyset {

    private static final String UNDATED = "-infinity";

    private Keyset() {
    }

    public static <E> List<E> byUniqueText(Class<E> entity, String table, String column, PageRequest page) {
        List<String> after = page.afterValues(1);
        return Sql.rows(entity, "SELECT * FROM " + table + " WHERE " + column + " > :after ORDER BY " + column
                + " LIMIT :limit", "after", after == null ? "" : after.get(0), "limit", page.limit());
    }

    public static <E> List<E> newestFirst(Class<E> entity, String table, String dateColumn, PageRequest page) {
        List<String> after = page.afterValues(2);
        String sortDate = after == null ? "infinity" : after.get(0);
        long afterId = after == null ? Long.MAX_VALUE : parseId(after.get(1));
        if (after != null && !UNDATED.equals(sortDate)) {
            parseDate(sortDate);
        }
        return Sql.rows(entity, "SELECT * FROM " + table + " WHERE (pd_sort(" + dateColumn + "), id) < (CAST(:date AS date), :id)"
                + " ORDER BY pd_sort(" + dateColumn + ") DESC, id DESC LIMIT :limit",
                "date", sortDate, "id", afterId, "limit", page.limit());
    }

    /** The cursor of a row in a newest-first list. */
    public static String newestFirstCursor(PartialDate date, long id) {
        return Cursor.encode(date == null ? UNDATED : date.start().toString(), Long.toString(id));
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw badCursor();
        }
    }

    private static void parseDate(String date) {
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw badCursor();
        }
    }

    private static ApiException badCursor() {
        return ApiException.invalidArgument("after", "'after' is not a cursor from this list; pass the endCursor or an edge's cursor unchanged.");
    }
}
