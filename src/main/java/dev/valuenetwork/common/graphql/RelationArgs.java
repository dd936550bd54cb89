package dev.valuenetwork.common.graphql;

/**
 * Arguments of a nested list: the page size, the date the relations must be valid on (null for
 * all of them, past and present), and whether the request also selects the node at the other
 * end of each relation, so that the list's statement joins it in rather than a batch of its own
 * looking it up. Batches are split by all three.
 */
public record RelationArgs(int first, PartialDate asOf, boolean join) {

    public static RelationArgs of(Integer first, PartialDate asOf) {
        return new RelationArgs(ListArgs.first(first), asOf, false);
    }

    /** The arguments, joining the other end when the request selects the field that reads it. */
    public RelationArgs joiningWhenSelected(String field) {
        return new RelationArgs(first, asOf, Selection.includes(field));
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

    /**
     * The same condition for a batch statement, whose plan the server keeps: none at all when no
     * date is asked, the date's otherwise. With the "no date" branch inside the statement, the
     * kept (generic) plan was costed with every row's date test, so PostgreSQL planned the
     * memberships batch afresh on every call (a quarter of a millisecond, more than it ran).
     */
    public String validOnFor(String alias) {
        return asOf == null ? "TRUE" : "((" + alias + ".since IS NULL OR pd_start(" + alias
                + ".since) <= CAST(:asOfEnd AS date)) AND (" + alias + ".until IS NULL OR pd_end(" + alias
                + ".until) >= CAST(:asOfStart AS date)))";
    }

    public String asOfStart() {
        return asOf == null ? null : asOf.start().toString();
    }

    public String asOfEnd() {
        return asOf == null ? null : asOf.end().toString();
    }
}
