package dev.valuenetwork.editing;

import dev.valuenetwork.dataset.AuditAction;
import dev.valuenetwork.common.paging.PageInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditEntry")
@Description("One change: who made it, when, and the record before and after, in the dataset format as JSON.")
public record AuditEntry(
        @NonNull @Description("When the change was committed.") OffsetDateTime at,
        @NonNull @Description("Who made it: a token's subject, \"cli:<user>\" or \"dataset:seed\".") String actor,
        @NonNull @Description("What the change did.") AuditAction action,
        @NonNull @Description("The GraphQL type of the record.") String nodeType,
        @Id @NonNull @Description("The global id of the record.") String nodeId,
        @Description("The record before the change, as JSON; null for a creation.") String before,
        @Description("The record after the change, as JSON; null for a deletion.") String after) {

    @Type("AuditEntryConnection")
    @Description("A page of the audit trail, newest first.")
    public record Connection(
            @NonNull @Description("The entries of this page with their cursors.") List<@NonNull Edge> edges,
            @NonNull @Description("Paging information.") PageInfo pageInfo,
            @NonNull @Description("Entries across all pages.") int totalCount) {
    }

    @Type("AuditEntryEdge")
    @Description("An audit entry and its cursor.")
    public record Edge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this entry.") String cursor,
            @NonNull @Description("The entry.") AuditEntry node) {
    }

    @Input("AuditFilter")
    @Description("Narrows the audit trail; all given conditions must hold.")
    public record Filter(
            @Description("Only changes by this actor.") String actor,
            @Id @Description("Only changes to the record with this global id.") String nodeId,
            @Description("Only changes of this kind.") AuditAction action) {
    }
}
