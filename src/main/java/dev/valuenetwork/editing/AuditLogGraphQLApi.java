package dev.valuenetwork.editing;

import dev.valuenetwork.dataset.AuditAction;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.paging.Cursor;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.security.Access;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        String counted = "SELECT count(*) FROM audit_log" + conditions.sql();
        Object[] counting = conditions.parameterArray();
        List<String> cursor = page.afterValues(1);
        if (cursor != null) {
            conditions.where("id < :afterId", "afterId", parseId(cursor.get(0)));
        }
        List<Row> rows = Reads.listPlannedForValues(AuditLogGraphQLApi::row, "SELECT id, at, actor, action, node_type, node_key,"
                + " CAST(before AS text) AS before, CAST(after AS text) AS after FROM audit_log" + conditions.sql()
                + " ORDER BY id DESC LIMIT " + page.limit(), conditions.parameterArray());
        return page.toConnection(rows, r -> Cursor.encode(Long.toString(r.id())),
                () -> Reads.listPlannedForValues(count -> count.getLong(1), counted, counting).get(0),
                (cursorText, r) -> new AuditEntry.Edge(cursorText, r.entry()), AuditEntry.Connection::new);
    }

    /** An entry with the id its cursor holds. */
    private record Row(long id, AuditEntry entry) {
    }

    private static Row row(ResultSet row) throws SQLException {
        String type = row.getString("node_type");
        return new Row(row.getLong("id"), new AuditEntry(Reads.timestamp(row, "at"), row.getString("actor"),
                AuditAction.valueOf(row.getString("action")), type, GlobalId.of(type, row.getString("node_key")),
                row.getString("before"), row.getString("after")));
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw dev.valuenetwork.common.error.ApiException.invalidArgument("after", "'after' is not a cursor from this list.");
        }
    }
}
