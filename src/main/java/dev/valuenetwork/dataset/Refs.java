package dev.valuenetwork.dataset;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys and ids of what the database holds, kept current while records are written, so records
 * can name each other by key in both directions: key to id when writing, id to key when
 * exporting. An import loads them all up front ({@link #load()}); a single edit looks up only
 * the keys it meets ({@link #lazy()}).
 */
public final class Refs {

    /** The kinds of rows other records refer to by key. */
    public enum Kind {
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

        /** Companies, people, alliances and products share one slug namespace. */
        boolean sharesSlugs() {
            return "slug".equals(keyColumn);
        }
    }

    private final boolean complete;
    private final Map<Kind, Map<String, Long>> ids = new HashMap<>();
    private final Map<Kind, Map<Long, String>> keys = new HashMap<>();
    private final Map<String, String> slugKinds = new HashMap<>();
    private final Map<String, Boolean> metrics = new HashMap<>();
    private final Map<String, String> sourceDates = new HashMap<>();

    private Refs(boolean complete) {
        this.complete = complete;
        for (Kind kind : Kind.values()) {
            ids.put(kind, new HashMap<>());
            keys.put(kind, new HashMap<>());
        }
    }

    /** Everything, up front: one statement per kind, for imports and exports. */
    static Refs load() {
        Refs refs = new Refs(true);
        for (Kind kind : Kind.values()) {
            for (Object[] row : rows("SELECT " + kind.keyColumn + ", id FROM " + kind.table)) {
                refs.register(kind, (String) row[0], ((Number) row[1]).longValue());
            }
        }
        for (Object[] row : rows("SELECT slug, kind FROM node_slug")) {
            refs.slugKinds.put((String) row[0], (String) row[1]);
        }
        for (Object[] row : rows("SELECT key, published_on FROM source")) {
            refs.sourceDates.put((String) row[0], (String) row[1]);
        }
        for (Object[] row : rows("SELECT code, description FROM metric")) {
            refs.metrics.put((String) row[0], true);
        }
        return refs;
    }

    /** Nothing up front: each key is looked up when first asked for, for single edits. */
    static Refs lazy() {
        return new Refs(false);
    }

    public void register(Kind kind, String key, long id) {
        ids.get(kind).put(key, id);
        keys.get(kind).put(id, key);
    }

    public Long id(Kind kind, String key) {
        if (key == null) {
            return null;
        }
        Long id = ids.get(kind).get(key);
        if (id == null && !complete && !ids.get(kind).containsKey(key)) {
            List<Object[]> found = rows("SELECT id, 0 FROM " + kind.table + " WHERE " + kind.keyColumn + " = :v", key);
            id = found.isEmpty() ? null : ((Number) found.get(0)[0]).longValue();
            ids.get(kind).put(key, id);
            if (id != null) {
                keys.get(kind).put(id, key);
            }
        }
        return id;
    }

    /** The id of a reference the validator has already checked. */
    public long require(Kind kind, String key) {
        Long id = id(kind, key);
        if (id == null) {
            throw new IllegalStateException(kind + " '" + key + "' vanished during the import");
        }
        return id;
    }

    public String key(Kind kind, Long id) {
        if (id == null) {
            return null;
        }
        String key = keys.get(kind).get(id);
        if (key == null && !complete) {
            List<Object[]> found = rows("SELECT " + kind.keyColumn + ", 0 FROM " + kind.table + " WHERE id = :v", id);
            key = found.isEmpty() ? null : (String) found.get(0)[0];
            if (key != null) {
                register(kind, key, id);
            }
        }
        return key;
    }

    public boolean has(Kind kind, String key) {
        return id(kind, key) != null;
    }

    /** The kind of stored node a slug names (COMPANY, PERSON, ...), or null when it is free. */
    public String slugKind(String slug) {
        if (!complete && !slugKinds.containsKey(slug)) {
            List<Object[]> found = rows("SELECT kind, 0 FROM node_slug WHERE slug = :v", slug);
            slugKinds.put(slug, found.isEmpty() ? null : (String) found.get(0)[0]);
        }
        return slugKinds.get(slug);
    }

    /** A source's publication date, for the claims that count from it; null when it has none. */
    public String sourceDate(String key) {
        if (!complete && !sourceDates.containsKey(key)) {
            List<Object[]> found = rows("SELECT published_on, 0 FROM source WHERE key = :v", key);
            sourceDates.put(key, found.isEmpty() ? null : (String) found.get(0)[0]);
        }
        return sourceDates.get(key);
    }

    /** A source's date as just written, so claims written after it in the same import count from it. */
    public void noteSourceDate(String key, String date) {
        sourceDates.put(key, date);
    }

    public boolean isMetric(String code) {
        if (!complete && !metrics.containsKey(code)) {
            metrics.put(code, !rows("SELECT code, 0 FROM metric WHERE code = :v", code).isEmpty());
        }
        return Boolean.TRUE.equals(metrics.get(code));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Object... value) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        if (value.length > 0) {
            query.setParameter("v", value[0]);
        }
        return query.getResultList();
    }
}
