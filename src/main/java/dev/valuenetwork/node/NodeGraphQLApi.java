package dev.valuenetwork.node;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.Node;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Refetching any object by its global id (the Relay node interface). */
@GraphQLApi
public class NodeGraphQLApi {

    @Inject
    NodeLookup nodes;

    @Query("node")
    @Description("The object with this global id, or null when none exists. A malformed id is an INVALID_ARGUMENT error.")
    public Node node(@NonNull @Id @Description("A global id, as any object's `id` field returns it.") String id) {
        GlobalId.Parts parts = GlobalId.decode(id, "id");
        return nodes.find(parts.type(), parts.key()).orElse(null);
    }
}
