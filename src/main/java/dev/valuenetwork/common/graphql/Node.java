package dev.valuenetwork.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("An object with a global id, which node(id:) fetches back.")
public interface Node {

    // SmallRye only takes getters as interface fields unless a method is named explicitly.
    @Id
    @NonNull
    @Name("id")
    @Description("Opaque global id, stable across restarts, exports and imports.")
    String id();
}
