package dev.valuenetwork.dataset;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What still refers to a row, so a delete can say so instead of failing on a foreign key. */
final class References {

    private References() {
    }

    /** Each referrer the slice names that still has rows pointing at {@code id}, with its count. */
    static List<String> of(RecordSlice<?, ?> slice, long id) {
        List<String> found = new ArrayList<>();
        slice.referrers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(referrer -> {
            long count = ((Number) Panache.getEntityManager().createNativeQuery(referrer.getValue()).setParameter("id", id)
                    .getSingleResult()).longValue();
            if (count > 0) {
                found.add(count + " " + referrer.getKey());
            }
        });
        return found;
    }
}
