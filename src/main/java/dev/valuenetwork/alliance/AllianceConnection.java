package dev.valuenetwork.alliance;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AllianceConnection")
@Description("A page of alliances.")
public record AllianceConnection(
        @NonNull @Description("The alliances of this page with their cursors.") List<@NonNull AllianceEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of alliances across all pages.") int totalCount) {

    @Type("AllianceEdge")
    @Description("An alliance and its cursor.")
    public record AllianceEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this alliance.") String cursor,
            @NonNull @Description("The alliance.") Alliance node) {
    }
}
