package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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
        AuditAction action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
        R current = after != null ? after : before;
        ChangeNotice notice = new ChangeNotice(
                before == null ? slice.createdEvent() : after == null ? NetworkEventKind.ENTITY_DELETED : slice.updatedEvent(before, after),
                slice.graphqlType(), slice.key(current), null, slice.involved(current),
                slice.citations(current).stream().map(CitationRecord::source).distinct().toList(), actor,
                OffsetDateTime.now().toString());
        Panache.getEntityManager().createNativeQuery("INSERT INTO audit_log (actor, action, node_type, node_key, before, after)"
                + " VALUES (:actor, :action, :type, :key, CAST(:before AS jsonb), CAST(:after AS jsonb))")
                .setParameter("actor", notice.actor()).setParameter("action", action.name()).setParameter("type", notice.type())
                .setParameter("key", notice.key()).setParameter("before", json(before)).setParameter("after", json(after))
                .executeUpdate();
        notify(notice);
    }

    /** Announces a whole import as one notice, rather than one per row (the rows' audit entries say the rest). */
    void imported(ImportResult result, String actor) {
        notify(new ChangeNotice(NetworkEventKind.DATASET_IMPORTED, null, null, result.created() + " created, " + result.updated()
                + " updated, " + result.unchanged() + " unchanged", List.of(), List.of(), actor, OffsetDateTime.now().toString()));
    }

    private static void notify(ChangeNotice notice) {
        Panache.getEntityManager().createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", notice.json()).getSingleResult();
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
