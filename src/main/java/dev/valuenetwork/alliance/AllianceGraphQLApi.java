package dev.valuenetwork.alliance;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.PageRequest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class AllianceGraphQLApi {

    @Inject
    AllianceQueries alliances;

    @Inject
    BatchLoaders loaders;

    @Query("alliance")
    @Description("The alliance, partnership or joint venture with this slug, or null when there is none.")
    public Alliance alliance(@NonNull @Description("The alliance's slug, such as \"gtaa\".") String slug) {
        return alliances.findAllianceBySlug(slug).orElse(null);
    }

    @Query("alliances")
    @NonNull
    @Description("Alliances, partnerships and joint ventures, ordered by slug, optionally filtered.")
    public AllianceConnection alliances(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor.") String after,
            @Description("Conditions the alliances must meet.") AllianceFilter filter) {
        return alliances.listAlliances(filter, PageRequest.of(first, after));
    }

    @NonNull
    @Description("The member companies, newest membership first (memberships of unknown start last).")
    public CompletionStage<List<@NonNull Membership>> members(@Source Alliance alliance,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description("Only memberships valid on this date: begun by its end (or of unknown start) and not ended before it.")
            PartialDate asOf) {
        return loaders.many("Alliance.members", alliance.dbId(), RelationArgs.of(first, asOf).joiningWhenSelected("company"),
                alliances::membersOf);
    }

    @Description("The alliance this one was formed by or belongs to, such as the alliance behind a joint venture.")
    public CompletionStage<Alliance> parent(@Source Alliance alliance) {
        return loaders.one(Alliance.BY_ID, alliance.parentId(), alliances::alliancesByIds);
    }

    @NonNull
    @Description("Alliances formed by or belonging to this one, such as its joint ventures, ordered by slug.")
    public CompletionStage<List<@NonNull Alliance>> children(@Source Alliance alliance,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Alliance.children", alliance.dbId(), ListArgs.first(first), alliances::childrenOf);
    }

}
