package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.common.persistence.Sql;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filtered, keyset-paged list query. Conditions come from code with named parameters, never
 * from client text, so every statement is parameterised. The page starts after the cursor's sort
 * values with a row comparison, which an index on the same columns answers directly.
 */
public final class KeysetQuery<E> extends Conditions {

    private final Class<E> entity;
    private final String from;

    private KeysetQuery(Class<E> entity, String from) {
        this.entity = entity;
        this.from = from;
    }

    /** A query over one table; {@code from} names it with the alias conditions use, "company x". */
    public static <E> KeysetQuery<E> of(Class<E> entity, String from) {
        return new KeysetQuery<>(entity, from);
    }

    public List<E> page(SortOrder<E> order, PageRequest page) {
        List<String> clauses = new ArrayList<>(clauses());
        Map<String, Object> bound = new LinkedHashMap<>(parameters());
        List<String> after = page.afterValues(order.columns().size());
        if (after != null) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                values.add("CAST(:k" + i + " AS " + order.columns().get(i).type() + ")");
                bound.put("k" + i, order.validate(i, after.get(i)));
            }
            clauses.add("(" + order.expressions() + ") " + (order.descending() ? "<" : ">") + " (" + String.join(", ", values) + ")");
        }
        bound.put("limit", page.limit());
        String sql = "SELECT x.* FROM " + from + where(clauses) + " ORDER BY " + order.orderBy() + " LIMIT :limit";
        return Sql.rows(entity, sql, flatten(bound));
    }

    public long count() {
        var query = Panache.getEntityManager().createNativeQuery("SELECT count(*) FROM " + from + sql());
        parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(List<String> clauses) {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static Object[] flatten(Map<String, Object> parameters) {
        List<Object> flat = new ArrayList<>();
        parameters.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray();
    }
}
