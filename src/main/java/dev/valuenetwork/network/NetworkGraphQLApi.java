package dev.valuenetwork.network;

import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.source.Citation;
import dev.valuenetwork.source.Provenance;
import dev.valuenetwork.source.SourceDocument;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class NetworkGraphQLApi {

    private static final String STATUSES = "Follow memberships and partnerships only while their tie has one of these"
            + " statuses on the date (now without asOf): [ACTIVE], the ties in force, when omitted. Add PROMISED and EXPLORING"
            + " to see ties not yet in force, UNKNOWN for ties whose status no source gives. Before a tie's first dated status"
            + " it is absent whatever the filter.";

    @Inject
    NetworkQueries network;

    @Inject
    Provenance provenance;

    @Query("network")
    @NonNull
    @Description("The ego network of a company, person, alliance or product: every node within `depth` hops and the"
            + " edges found on the way. At most " + Traversal.MAX_NODES + " nodes and " + Traversal.MAX_EDGES
            + " edges (RESULT_TOO_LARGE beyond) and " + NetworkQueries.TIMEOUT + " per statement (TIMEOUT).")
    public Network network(
            @NonNull @Description("The slug of the centre node.") String slug,
            @DefaultValue("1") @Description("How many hops out, 1 to 3.") Integer depth,
            @Description("Only ties valid on this date (an investment counts from its announcement).") PartialDate asOf,
            @Description("Only these kinds of ties; all when omitted.") @io.smallrye.graphql.api.Nullable List<@NonNull EdgeKind> kinds,
            @Description(STATUSES) @io.smallrye.graphql.api.Nullable List<@NonNull AllianceStatus> statuses) {
        return network.network(slug, depth == null ? 1 : depth, asOf, kinds, statuses);
    }

    @Query("paths")
    @NonNull
    @Description("The shortest connections between two nodes (at most " + Traversal.MAX_PATHS + "), following ties"
            + " either way, such as Deutsche Telekom to Anthropic through the Global Telco AI Alliance and SK Telecom."
            + " Empty when none is within maxHops.")
    public List<@NonNull Path> paths(
            @NonNull @Description("The slug of the start node.") String from,
            @NonNull @Description("The slug of the end node.") String to,
            @DefaultValue("3") @Description("The most edges a path may take, 1 to 4.") Integer maxHops,
            @Description("Only ties valid on this date.") PartialDate asOf,
            @Description("Only these kinds of ties; all when omitted.") @io.smallrye.graphql.api.Nullable List<@NonNull EdgeKind> kinds,
            @Description(STATUSES) @io.smallrye.graphql.api.Nullable List<@NonNull AllianceStatus> statuses) {
        return network.paths(from, to, maxHops == null ? 3 : maxHops, asOf, kinds, statuses);
    }

    @NonNull
    @Description("The sources of the fact behind the edge with the passages that support it (none for parent links,"
            + " which are identity data).")
    public CompletionStage<List<@NonNull Citation>> citations(@Source Edge edge,
            @DefaultValue("10") @Description("At most this many, 0 to 100.") Integer first) {
        if (edge.fact() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return provenance.citations(edge.fact(), edge.factId(), first);
    }

    @NonNull
    @Description("The sources of the fact behind the edge (none for parent links, which are identity data).")
    public CompletionStage<List<@NonNull SourceDocument>> sources(@Source Edge edge) {
        if (edge.fact() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return provenance.sources(edge.fact(), edge.factId(), 100);
    }
}
