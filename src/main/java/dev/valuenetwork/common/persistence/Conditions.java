package dev.valuenetwork.common.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL conditions written by code, with their named parameters; joined with AND. */
public class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition; parameters alternate name and value. */
    public Conditions where(String condition, Object... nameValues) {
        clauses.add(condition);
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put((String) nameValues[i], nameValues[i + 1]);
        }
        return this;
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
}
