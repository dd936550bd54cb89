package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit rows of an imported chunk, written in one statement through jsonb_to_recordset. */
final class AuditRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String type;
    private final String actor;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    /** A null type audits nothing (single edits audit themselves through ChangeLog). */
    AuditRows(String type, String actor) {
        this.type = type;
        this.actor = actor;
    }

    void add(String key, Object before, Object after) {
        if (type != null) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("node_key", key);
            row.put("before", before);
            row.put("after", after);
            rows.add(row);
        }
    }

    void write() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            Panache.getEntityManager().createNativeQuery("INSERT INTO audit_log (actor, action, node_type, node_key, before, after)"
                    + " SELECT :actor, :action, :type, r.node_key, r.before, r.after"
                    + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(node_key text, before jsonb, after jsonb)")
                    .setParameter("actor", actor).setParameter("action", AuditAction.IMPORT.name()).setParameter("type", type)
                    .setParameter("rows", JSON.writeValueAsString(rows)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rows.clear();
    }
}
