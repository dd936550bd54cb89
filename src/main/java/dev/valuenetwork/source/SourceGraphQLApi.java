package dev.valuenetwork.source;

import dev.valuenetwork.common.paging.PageRequest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceGraphQLApi {

    @Inject
    SourceQueries sources;

    @Query("sources")
    @NonNull
    @Description("All sources that facts cite, ordered by key.")
    public SourceConnection sources(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor.") String after) {
        return sources.listSources(PageRequest.of(first, after));
    }
}
