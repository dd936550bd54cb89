package dev.valuenetwork.source;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceConnection")
@Description("A page of sources.")
public record SourceConnection(
        @NonNull @Description("The sources of this page with their cursors.") List<@NonNull SourceEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of sources across all pages.") int totalCount) {

    @Type("SourceEdge")
    @Description("A source and its cursor.")
    public record SourceEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this source.") String cursor,
            @NonNull @Description("The source.") SourceDocument node) {
    }
}
