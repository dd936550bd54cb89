package dev.valuenetwork.editing;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.paging.Cursor;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.common.security.Access;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The audit trail, newest first, for admins. */
@GraphQLApi
public class AuditLogGraphQLApi {

    @Inject
    Access access;

    @Query("auditLog")
    @NonNull
    @Transactional
    @Description("Every change, newest first: who, when, and the record before and after (role admin).")
    public AuditEntry.Connection auditLog(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Conditions the entries must meet.") AuditEntry.Filter filter) {
        access.requireAdmin();
        PageRequest page = PageRequest.of(first, after);
        Conditions conditions = new Conditions();
        if (filter != null && filter.actor() != null) {
            conditions.where("actor = :actor", "actor", filter.actor());
        }
        if (filter != null && filter.action() != null) {
            conditions.where("action = :action", "action", filter.action().name());
        }
        if (filter != null && filter.nodeId() != null) {
            GlobalId.Parts parts = GlobalId.decode(filter.nodeId(), "filter.nodeId");
            conditions.where("node_type = :type AND node_key = :key", "type", parts.type(), "key", parts.key());
        }
        long total = ((Number) query("SELECT count(*) FROM audit_log" + conditions.sql(), conditions).getSingleResult()).longValue();
        List<String> cursor = page.afterValues(1);
        if (cursor != null) {
            conditions.where("id < :afterId", "afterId", parseId(cursor.get(0)));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query("SELECT id, at, actor, action, node_type, node_key, CAST(before AS text) AS before,"
                + " CAST(after AS text) AS after FROM audit_log" + conditions.sql() + " ORDER BY id DESC LIMIT " + page.limit(),
                conditions, Tuple.class).getResultList();
        return page.toConnection(rows, r -> Cursor.encode(r.get("id").toString()), AuditLogGraphQLApi::entry, total,
                AuditEntry.Edge::new, AuditEntry.Connection::new);
    }

    private static AuditEntry entry(Tuple row) {
        Object at = row.get("at");
        OffsetDateTime when = at instanceof OffsetDateTime o ? o : at instanceof Instant i ? i.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) at).toInstant().atOffset(ZoneOffset.UTC);
        return new AuditEntry(when, row.get("actor", String.class), AuditAction.valueOf(row.get("action", String.class)),
                row.get("node_type", String.class), GlobalId.of(row.get("node_type", String.class), row.get("node_key", String.class)),
                row.get("before", String.class), row.get("after", String.class));
    }

    private static jakarta.persistence.Query query(String sql, Conditions conditions, Class<?>... result) {
        var query = result.length == 0 ? Panache.getEntityManager().createNativeQuery(sql)
                : Panache.getEntityManager().createNativeQuery(sql, result[0]);
        conditions.parameters().forEach(query::setParameter);
        return query;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw dev.valuenetwork.common.error.ApiException.invalidArgument("after", "'after' is not a cursor from this list.");
        }
    }
}
