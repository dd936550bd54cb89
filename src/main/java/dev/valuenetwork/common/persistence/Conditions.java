package dev.valuenetwork.common.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL conditions written by code, with their named parameters; joined with AND. */
public class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    /** Adds a condition; parameters alternate name and value. */
    public Conditions where(String condition, Object... nameValues) {
        clauses.add(condition);
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put((String) nameValues[i], nameValues[i + 1]);
        }
        return this;
    }

    /** A database setting the conditions need, such as a similarity threshold, for their statements only. */
    public Conditions setLocal(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** Runs the statements of these conditions, in a transaction of their own when they need a setting. */
    public <T> T run(java.util.function.Supplier<T> statements) {
        if (settings.isEmpty()) {
            return statements.get();
        }
        return Reads.inTransaction(() -> {
            settings.forEach(Reads::setLocal);
            return statements.get();
        });
    }

    /** " WHERE a AND b", or nothing. */
    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public List<String> clauses() {
        return clauses;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The parameters as {@link Reads} takes them: name, value, name, value. */
    public Object[] parameterArray() {
        return flatten(parameters);
    }

    protected static Object[] flatten(Map<String, Object> parameters) {
        List<Object> flat = new ArrayList<>();
        parameters.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray();
    }
}
