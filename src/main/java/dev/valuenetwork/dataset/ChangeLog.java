package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail and announces changes. The announcement is a PostgreSQL NOTIFY in the
 * writing transaction: it reaches every instance listening on the database when, and only if,
 * the transaction commits.
 */
@ApplicationScoped
public class ChangeLog {

    /** The channel every instance listens on. */
    public static final String CHANNEL = "value_network_changes";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records one change of one record; before is null for a creation, after for a deletion. */
    <R> void record(RecordSlice<R, ?> slice, R before, R after, String actor) {
        String action = before == null ? "CREATE" : after == null ? "DELETE" : "UPDATE";
        R current = after != null ? after : before;
        String key = slice.key(current);
        Panache.getEntityManager().createNativeQuery("INSERT INTO audit_log (actor, action, node_type, node_key, before, after)"
                + " VALUES (:actor, :action, :type, :key, CAST(:before AS jsonb), CAST(:after AS jsonb))")
                .setParameter("actor", actor).setParameter("action", action).setParameter("type", slice.graphqlType())
                .setParameter("key", key).setParameter("before", json(before)).setParameter("after", json(after))
                .executeUpdate();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", before == null ? slice.createdEvent() : after == null ? "ENTITY_DELETED" : slice.updatedEvent(before, after));
        event.put("type", slice.graphqlType());
        event.put("key", key);
        event.put("involved", slice.involved(current));
        event.put("sources", slice.citations(current).stream().map(CitationRecord::source).distinct().toList());
        event.put("actor", actor);
        event.put("at", OffsetDateTime.now().toString());
        notify(event);
    }

    /** Announces a whole import as one event, rather than one per row. */
    void imported(ImportResult result, String actor) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", "DATASET_IMPORTED");
        event.put("summary", result.created() + " created, " + result.updated() + " updated, " + result.unchanged() + " unchanged");
        event.put("involved", List.of());
        event.put("sources", List.of());
        event.put("actor", actor);
        event.put("at", OffsetDateTime.now().toString());
        notify(event);
    }

    private static void notify(Map<String, Object> event) {
        Panache.getEntityManager().createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", json(event)).getSingleResult();
    }

    private static String json(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** [type, key] pairs of the nodes a record names, skipping keys it leaves empty; for slices' {@code involved}. */
    public static List<List<String>> nodes(String... typesAndKeys) {
        List<List<String>> nodes = new ArrayList<>();
        for (int i = 0; i < typesAndKeys.length; i += 2) {
            if (typesAndKeys[i + 1] != null) {
                nodes.add(List.of(typesAndKeys[i], typesAndKeys[i + 1]));
            }
        }
        return nodes;
    }
}
