package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuenetwork.dataset.Dataset.AllianceRecord;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset.ExecutiveRecord;
import dev.valuenetwork.dataset.Dataset.FigureRecord;
import dev.valuenetwork.dataset.Dataset.InvestmentRecord;
import dev.valuenetwork.dataset.Dataset.MembershipRecord;
import dev.valuenetwork.dataset.Dataset.ProductRecord;
import dev.valuenetwork.dataset.Dataset.StatementRecord;
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
    void record(RecordKind kind, Object before, Object after, String actor) {
        String action = before == null ? "CREATE" : after == null ? "DELETE" : "UPDATE";
        Object current = after != null ? after : before;
        String key = key(kind, current);
        Panache.getEntityManager().createNativeQuery("INSERT INTO audit_log (actor, action, node_type, node_key, before, after)"
                + " VALUES (:actor, :action, :type, :key, CAST(:before AS jsonb), CAST(:after AS jsonb))")
                .setParameter("actor", actor).setParameter("action", action).setParameter("type", kind.graphqlType())
                .setParameter("key", key).setParameter("before", json(before)).setParameter("after", json(after))
                .executeUpdate();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", eventKind(kind, before, after));
        event.put("type", kind.graphqlType());
        event.put("key", key);
        event.put("involved", involved(kind, current));
        event.put("sources", sources(kind, current));
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

    private static String eventKind(RecordKind kind, Object before, Object after) {
        if (before == null) {
            return switch (kind) {
                case ALLIANCE -> "ALLIANCE_FORMED";
                case MEMBERSHIP -> "MEMBER_JOINED";
                case INVESTMENT -> "INVESTMENT_RECORDED";
                case STATEMENT -> "STATEMENT_RECORDED";
                case FIGURE -> "FIGURE_REPORTED";
                default -> "ENTITY_CREATED";
            };
        }
        if (after == null) {
            return "ENTITY_DELETED";
        }
        if (after instanceof AllianceRecord a && "ENDED".equals(a.status()) && !"ENDED".equals(((AllianceRecord) before).status())) {
            return "ALLIANCE_ENDED";
        }
        if (after instanceof MembershipRecord m && m.until() != null && ((MembershipRecord) before).until() == null) {
            return "MEMBER_LEFT";
        }
        return "ENTITY_UPDATED";
    }

    /** The nodes a record connects, as [type, key] pairs, itself first when it is a node. */
    private static List<List<String>> involved(RecordKind kind, Object record) {
        List<List<String>> nodes = new ArrayList<>();
        if (kind == RecordKind.COMPANY || kind == RecordKind.PERSON || kind == RecordKind.ALLIANCE || kind == RecordKind.PRODUCT) {
            add(nodes, kind.graphqlType(), key(kind, record));
        }
        if (record instanceof Dataset.CompanyRecord c) {
            add(nodes, "Company", c.parent());
        } else if (record instanceof AllianceRecord a) {
            add(nodes, "Alliance", a.parent());
        } else if (record instanceof ProductRecord p) {
            add(nodes, "Company", p.ownerCompany());
            add(nodes, "Alliance", p.ownerAlliance());
        } else if (record instanceof ExecutiveRecord e) {
            add(nodes, "Person", e.person());
            add(nodes, "Company", e.company());
        } else if (record instanceof MembershipRecord m) {
            add(nodes, "Company", m.company());
            add(nodes, "Alliance", m.alliance());
        } else if (record instanceof InvestmentRecord i) {
            add(nodes, "Company", i.investor());
            add(nodes, "Company", i.investee());
        } else if (record instanceof StatementRecord st) {
            add(nodes, "Person", st.speaker());
            add(nodes, "Company", st.company());
        } else if (record instanceof FigureRecord f) {
            add(nodes, "Company", f.company());
            add(nodes, "Alliance", f.alliance());
            add(nodes, "Product", f.product());
        }
        return nodes;
    }

    private static void add(List<List<String>> nodes, String type, String key) {
        if (key != null) {
            nodes.add(List.of(type, key));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> sources(RecordKind kind, Object record) {
        List<CitationRecord> citations = ((Codec<Object, ?>) kind.codec).citations(record);
        return citations.stream().map(CitationRecord::source).distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static String key(RecordKind kind, Object record) {
        return ((Codec<Object, ?>) kind.codec).key(record);
    }

    private static String json(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
