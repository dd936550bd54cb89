package dev.valuenetwork.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset document: the seed files, imports and exports share this shape. It holds the records
 * of each kind by their record class, in document order; which kinds exist, their list names and
 * their order are the slices' business ({@link Slices}), not this class's. Records name each
 * other by slug or key, never by database id, so a document means the same in any database.
 * Records' compact constructors normalise what YAML leaves open (absent lists, trailing zeros),
 * so two records that say the same thing are equal; the importer relies on that to count
 * unchanged rows.
 */
public final class Dataset {

    private final Map<Class<?>, List<Object>> records;

    private Dataset(Map<Class<?>, List<Object>> records) {
        this.records = records;
    }

    public static Dataset empty() {
        return new Dataset(Map.of());
    }

    /** A document of these records, of any kinds, grouped by kind in the order given. */
    public static Dataset of(Collection<?>... lists) {
        Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
        for (Collection<?> list : lists) {
            for (Object record : list) {
                if (record != null) {
                    byType.computeIfAbsent(record.getClass(), t -> new ArrayList<>()).add(record);
                }
            }
        }
        return new Dataset(byType);
    }

    /** The records of one kind, in document order; empty when the document has none. */
    @SuppressWarnings("unchecked")
    public <R> List<R> records(Class<R> type) {
        return (List<R>) (List<?>) records.getOrDefault(type, List.of());
    }

    /** This document followed by another, as when several files make one dataset. */
    public Dataset plus(Dataset other) {
        Map<Class<?>, List<Object>> all = new LinkedHashMap<>();
        records.forEach((type, list) -> all.put(type, new ArrayList<>(list)));
        other.records.forEach((type, list) -> all.computeIfAbsent(type, t -> new ArrayList<>()).addAll(list));
        return new Dataset(all);
    }

    public int size() {
        return records.values().stream().mapToInt(List::size).sum();
    }

    /** Absent YAML lists as empty ones, without nulls. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    /** A decimal without trailing zeros, so 10 and 10.00 are the same record. */
    public static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
