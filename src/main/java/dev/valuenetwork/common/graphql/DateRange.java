package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ApiException;

/**
 * A from/to pair of partial dates, each standing for its whole period: "from 2024-06 to 2024"
 * runs from 1 June to 31 December 2024. Either end may be open.
 */
public record DateRange(PartialDate from, PartialDate to) {

    public static DateRange of(PartialDate from, PartialDate to) {
        if (from != null && to != null && from.start().isAfter(to.end())) {
            throw ApiException.invalidArgument("to", "'to' (" + to + ") ends before 'from' (" + from + ") starts.");
        }
        return new DateRange(from, to);
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    /**
     * SQL condition that a dated column overlaps the range; undated rows never do. Binds
     * :rangeStart and :rangeEnd. The bounds on pd_sort() say nothing new (no period is longer than
     * a year) but let an index on pd_sort() find the rows by range instead of reading them all.
     */
    public static String overlaps(String column) {
        return "(" + column + " IS NOT NULL AND pd_end(" + column + ") >= CAST(:rangeStart AS date) AND pd_start("
                + column + ") <= CAST(:rangeEnd AS date) AND pd_sort(" + column + ") BETWEEN CAST(:rangeStart AS date) - 366"
                + " AND CAST(:rangeEnd AS date))";
    }

    public String start() {
        return from == null ? "-infinity" : from.start().toString();
    }

    public String end() {
        return to == null ? "infinity" : to.end().toString();
    }
}
