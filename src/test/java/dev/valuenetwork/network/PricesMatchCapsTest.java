package dev.valuenetwork.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.common.graphql.FieldPrices;
import org.junit.jupiter.api.Test;

/** The cost rule prices the walks by the caps the walks enforce; a changed cap must change the price. */
class PricesMatchCapsTest {

    @Test
    void pricesFollowTheTraversalCaps() {
        assertEquals(Traversal.MAX_NODES, FieldPrices.sizes().get("Network.nodes"));
        assertEquals(Traversal.MAX_EDGES, FieldPrices.sizes().get("Network.edges"));
        assertEquals(Traversal.MAX_PATHS, FieldPrices.sizes().get("Query.paths"));
        assertEquals(NetworkQueries.MAX_HOPS, FieldPrices.sizes().get("Path.edges"));
        assertEquals(NetworkQueries.MAX_HOPS + 1, FieldPrices.sizes().get("Path.nodes"));
        assertEquals(Traversal.MAX_NODES + Traversal.MAX_EDGES, FieldPrices.works().get("Query.network"));
        assertEquals(Traversal.MAX_VISITED, FieldPrices.works().get("Query.paths"));
    }
}
