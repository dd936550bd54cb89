package dev.valuenetwork.common.persistence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The columns a reader reads, in the order it reads them. Statements select them by position
 * ({@link #select(String)}) so a row can carry two records, an edge and the node it points to,
 * read one after the other without looking any column up by name.
 */
public record Columns(List<String> names, Map<String, String> selects) {

    public static Columns of(String... names) {
        return new Columns(List.of(names), new ConcurrentHashMap<>());
    }

    /** "x.id, x.slug, ..." for the table alias. */
    public String select(String alias) {
        return selects.computeIfAbsent(alias,
                a -> names.stream().map(name -> a + "." + name).collect(Collectors.joining(", ")));
    }

    /** How many positions the columns take: where the next record's columns start. */
    public int count() {
        return names.size();
    }
}
