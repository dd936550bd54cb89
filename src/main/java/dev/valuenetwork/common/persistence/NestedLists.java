package dev.valuenetwork.common.persistence;

/**
 * The batch statement of a nested list: for every parent id (:ids), its first :first rows of a
 * table in the list's order, and, when the request selects it, the row each points to in another
 * table (the alliance of a membership, the investee of an investment).
 *
 * <p>Each parent's rows come from a LATERAL that walks an index and stops at :first, so a hub with
 * 10,000 rows costs what a node with ten does; the other end is joined inside it, one index probe
 * per row. (Joined once after the lists were cut, the generic plan hashed the whole other table:
 * on the scale data the README's neighbourhood went from 0.2 to 0.96 ms of execution.)
 */
public final class NestedLists {

    private NestedLists() {
    }

    /**
     * @param alias the table's alias in {@code condition} and {@code orderBy}
     * @param other the other end's columns, or null for the list alone
     * @param otherJoin how a row of the list names it, such as {@code "o.id = m.alliance_id"} (o the other end)
     */
    public static String of(Columns columns, String table, String alias, String parentColumn, String condition,
            String orderBy, Columns other, String otherTable, String otherJoin) {
        String joined = other == null ? "" : ", " + other.select("o") + " FROM " + table + " " + alias + " JOIN " + otherTable
                + " o ON " + otherJoin;
        String lists = "SELECT " + columns.select(alias) + (other == null ? " FROM " + table + " " + alias : joined)
                + " WHERE " + alias + "." + parentColumn + " = p.id AND " + condition + " ORDER BY " + orderBy + " LIMIT :first";
        return "SELECT x.* FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id) CROSS JOIN LATERAL (" + lists + ") x";
    }
}
