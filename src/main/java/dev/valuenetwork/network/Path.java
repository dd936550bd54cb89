package dev.valuenetwork.network;

import dev.valuenetwork.common.graphql.Node;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Path")
@Description("A shortest connection between two nodes. Edges are followed either way: a path may go from a member"
        + " up to its alliance and down to another member.")
public record Path(
        @NonNull @Description("How many edges the path takes.") int hops,
        @NonNull @Description("The nodes along the path, from start to end.") List<@NonNull Node> nodes,
        @NonNull @Description("The edges along the path, in order; each keeps its own direction.") List<@NonNull Edge> edges) {
}
