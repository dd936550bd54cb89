package dev.valuenetwork.network;

import dev.valuenetwork.common.graphql.Node;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Network")
@Description("The neighbourhood of a node: every node within the requested number of hops and the edges between them.")
public record Network(
        @NonNull @Description("The nodes, the centre first, then by distance.") List<@NonNull Node> nodes,
        @NonNull @Description("The edges that connect them.") List<@NonNull Edge> edges) {
}
