package dev.valuenetwork.statement;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatementConnection")
@Description("A page of statements.")
public record StatementConnection(
        @NonNull @Description("The statements of this page with their cursors.") List<@NonNull StatementEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of statements across all pages.") int totalCount) {

    @Type("StatementEdge")
    @Description("A statement and its cursor.")
    public record StatementEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this statement.") String cursor,
            @NonNull @Description("The statement.") Statement node) {
    }
}
