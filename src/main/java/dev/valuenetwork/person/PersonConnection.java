package dev.valuenetwork.person;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of people.")
public record PersonConnection(
        @NonNull @Description("The people of this page with their cursors.") List<@NonNull PersonEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of people across all pages.") int totalCount) {

    @Type("PersonEdge")
    @Description("A person and their cursor.")
    public record PersonEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this person.") String cursor,
            @NonNull @Description("The person.") Person node) {
    }
}
