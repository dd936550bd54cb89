package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.graphql.PartialDate;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset orders over a partial-date column and the id, undated rows last in both directions:
 * descending sorts pd_sort() (-infinity when undated); ascending puts an "undated" flag first.
 */
public final class DateOrder {

    private DateOrder() {
    }

    public static <E> SortOrder<E> of(String column, boolean descending, Function<E, String> date, Function<E, Long> id) {
        if (descending) {
            return new SortOrder<>(true, List.of(new SortOrder.Column("pd_sort(x." + column + ")", "date"),
                    new SortOrder.Column("x.id", "bigint")), e -> List.of(sortDate(date.apply(e)), id.apply(e).toString()));
        }
        return new SortOrder<>(false, List.of(new SortOrder.Column("(x." + column + " IS NULL)", "boolean"),
                new SortOrder.Column("pd_sort(x." + column + ")", "date"), new SortOrder.Column("x.id", "bigint")),
                e -> List.of(Boolean.toString(date.apply(e) == null), sortDate(date.apply(e)), id.apply(e).toString()));
    }

    private static String sortDate(String partial) {
        return partial == null ? "-infinity" : PartialDate.parse(partial).start().toString();
    }
}
