package dev.valuenetwork.dataset;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys and ids of what the database holds, kept current while an import writes, so records can
 * name each other by key in both directions: key to id when writing, id to key when exporting.
 */
final class Refs {

    /** The kinds of rows other records refer to by key. */
    enum Kind {
        SOURCE("source", "key"),
        COMPANY("company", "slug"),
        PERSON("person", "slug"),
        ALLIANCE("alliance", "slug"),
        PRODUCT("product", "slug");

        final String table;
        final String keyColumn;

        Kind(String table, String keyColumn) {
            this.table = table;
            this.keyColumn = keyColumn;
        }
    }

    private final Map<Kind, Map<String, Long>> ids = new HashMap<>();
    private final Map<Kind, Map<Long, String>> keys = new HashMap<>();
    /** Slugs of the shared namespace and the kind that holds each. */
    final Map<String, String> slugKinds = new HashMap<>();
    final Set<String> metrics = new HashSet<>();

    static Refs load() {
        Refs refs = new Refs();
        for (Kind kind : Kind.values()) {
            refs.ids.put(kind, new HashMap<>());
            refs.keys.put(kind, new HashMap<>());
            for (Object[] row : rows("SELECT " + kind.keyColumn + ", id FROM " + kind.table)) {
                refs.register(kind, (String) row[0], ((Number) row[1]).longValue());
            }
        }
        for (Object[] row : rows("SELECT slug, kind FROM node_slug")) {
            refs.slugKinds.put((String) row[0], (String) row[1]);
        }
        for (Object[] row : rows("SELECT code, description FROM metric")) {
            refs.metrics.add((String) row[0]);
        }
        return refs;
    }

    void register(Kind kind, String key, long id) {
        ids.get(kind).put(key, id);
        keys.get(kind).put(id, key);
    }

    Long id(Kind kind, String key) {
        return key == null ? null : ids.get(kind).get(key);
    }

    /** The id of a reference the validator has already checked. */
    long require(Kind kind, String key) {
        Long id = id(kind, key);
        if (id == null) {
            throw new IllegalStateException(kind + " '" + key + "' vanished during the import");
        }
        return id;
    }

    String key(Kind kind, Long id) {
        return id == null ? null : keys.get(kind).get(id);
    }

    boolean has(Kind kind, String key) {
        return ids.get(kind).containsKey(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql).getResultList();
    }
}
