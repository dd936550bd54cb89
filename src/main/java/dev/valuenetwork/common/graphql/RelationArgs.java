package dev.valuenetwork.common.graphql;

/**
 * Arguments of a nested list that can travel in time: the page size and the date the
 * relations must be valid on (null for all of them, past and present).
 */
public record RelationArgs(int first, PartialDate asOf) {

    public static RelationArgs of(Integer first, PartialDate asOf) {
        return new RelationArgs(ListArgs.first(first), asOf);
    }

    /**
     * SQL condition that a relation with {@code since}/{@code until} columns on the given alias
     * is valid on {@code asOf}: it started on or before the period's last day (or its start is
     * unknown) and did not end before the period's first day. Binds :asOfStart and :asOfEnd.
     */
    public static String validOn(String alias) {
        return "(CAST(:asOfStart AS date) IS NULL OR ((" + alias + ".since IS NULL OR pd_start(" + alias
                + ".since) <= CAST(:asOfEnd AS date)) AND (" + alias + ".until IS NULL OR pd_end(" + alias
                + ".until) >= CAST(:asOfStart AS date))))";
    }

    public String asOfStart() {
        return asOf == null ? null : asOf.start().toString();
    }

    public String asOfEnd() {
        return asOf == null ? null : asOf.end().toString();
    }
}
