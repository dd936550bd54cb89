package dev.valuenetwork.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Orders records so that a parent named in the same dataset is written before its children. */
final class ParentOrder {

    private ParentOrder() {
    }

    /** The records parents first, or null when parents form a cycle. */
    static <R> List<R> sort(List<R> records, Function<R, String> key, Function<R, String> parent) {
        Map<String, R> byKey = new HashMap<>();
        records.forEach(r -> byKey.put(key.apply(r), r));
        List<R> sorted = new ArrayList<>(records.size());
        Set<String> done = new HashSet<>();
        for (R record : records) {
            List<R> chain = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            R current = record;
            while (current != null && !done.contains(key.apply(current))) {
                if (!onPath.add(key.apply(current))) {
                    return null;
                }
                chain.add(0, current);
                current = byKey.get(parent.apply(current));
            }
            for (R r : chain) {
                done.add(key.apply(r));
                sorted.add(r);
            }
        }
        return sorted;
    }
}
