package dev.valuenetwork.common.graphql;

import java.util.Map;

/**
 * What the cost rule cannot read off a field's {@code first} argument: the size of lists that
 * take none, and the work a field does beyond the objects it returns. A {@code paths} field
 * returns at most 20 paths but may walk 20,000 nodes to find them; priced by its result alone, a
 * document of 300 such fields cost 300 and kept a server busy for seconds.
 *
 * <p>Bounds come from the caps the resolvers enforce (network's {@code Traversal}, which a test
 * holds equal to these); where no cap exists the size is a stated allowance, listed as such in
 * {@code docs/limits.md}.
 */
public final class FieldPrices {

    /** Objects per parent of a list without {@code first}; 1 for fields not listed. */
    private static final Map<String, Long> SIZES = Map.ofEntries(
            Map.entry("Network.nodes", 2_000L),          // Traversal.MAX_NODES
            Map.entry("Network.edges", 5_000L),          // Traversal.MAX_EDGES
            Map.entry("Query.paths", 20L),               // Traversal.MAX_PATHS
            Map.entry("Path.edges", 4L),                 // NetworkQueries.MAX_HOPS
            Map.entry("Path.nodes", 5L),
            Map.entry("Edge.sources", 10L),              // allowance: facts cite one to three sources
            Map.entry("Event.sources", 10L),
            Map.entry("Event.nodes", 5L),
            Map.entry("NetworkEvent.sources", 10L),
            Map.entry("NetworkEvent.nodes", 5L),
            Map.entry("Query.timeline", 500L),           // allowance: the events of one company or alliance
            Map.entry("InvestmentTotals.groups", 1_000L));

    /** Work per call beyond the objects returned, in the same unit (objects read). */
    private static final Map<String, Long> WORK = Map.of(
            "Query.network", 7_000L,                     // the walk reads up to MAX_NODES + MAX_EDGES
            "Query.paths", 20_000L,                      // the walk visits up to Traversal.MAX_VISITED nodes
            "Query.search", 2_000L,                      // trigram and prefix index scans over every name and quote
            "Query.investmentTotals", 100_000L);         // reads every matching investment to add them up

    private FieldPrices() {
    }

    static long size(String type, String field) {
        return SIZES.getOrDefault(type + "." + field, 1L);
    }

    static long work(String type, String field) {
        return WORK.getOrDefault(type + "." + field, 0L);
    }

    /** Every priced field, for documentation and tests. */
    public static Map<String, Long> sizes() {
        return SIZES;
    }

    public static Map<String, Long> works() {
        return WORK;
    }
}
