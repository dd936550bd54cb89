package dev.valuenetwork.network;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.graphql.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first walks over the network, one level at a time: each level costs one statement per
 * kind of tie. Walks are bounded in size (nodes and edges) and, through the transaction's
 * statement timeout, in time; a walk that would pass a bound stops with an error naming it.
 */
final class Traversal {

    static final int MAX_NODES = 2000;
    static final int MAX_EDGES = 5000;
    static final int MAX_VISITED = 20000;
    static final int MAX_PATHS = 20;

    private final EdgeQueries edges;
    private final PartialDate asOf;
    private final TieFilter ties;

    Traversal(EdgeQueries edges, PartialDate asOf, TieFilter ties) {
        this.edges = edges;
        this.asOf = asOf;
        this.ties = ties;
    }

    /** The nodes within {@code depth} hops of the centre, centre first, and the edges found on the way. */
    record Neighbourhood(List<NodeRef> nodes, List<GraphEdge> edges) {
    }

    Neighbourhood around(NodeRef centre, int depth) {
        Set<NodeRef> visited = new LinkedHashSet<>(List.of(centre));
        Map<String, GraphEdge> found = new LinkedHashMap<>();
        Set<NodeRef> frontier = Set.of(centre);
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            Set<NodeRef> next = new LinkedHashSet<>();
            for (GraphEdge edge : edges.touching(byKind(frontier), asOf, ties)) {
                if (found.putIfAbsent(edge.identity(), edge) == null && found.size() > MAX_EDGES) {
                    throw tooLarge("edges", MAX_EDGES);
                }
                for (NodeRef end : List.of(edge.from(), edge.to())) {
                    if (visited.add(end)) {
                        next.add(end);
                        if (visited.size() > MAX_NODES) {
                            throw tooLarge("nodes", MAX_NODES);
                        }
                    }
                }
            }
            frontier = next;
        }
        return new Neighbourhood(List.copyOf(visited), List.copyOf(found.values()));
    }

    /** Every shortest path from start to end within maxHops (at most MAX_PATHS), as lists of edges. */
    List<List<GraphEdge>> shortestPaths(NodeRef start, NodeRef end, int maxHops) {
        if (start.equals(end)) {
            return List.of(List.of());
        }
        Map<NodeRef, List<GraphEdge>> arrivals = new HashMap<>();
        Set<NodeRef> visited = new HashSet<>(List.of(start));
        Set<NodeRef> frontier = Set.of(start);
        for (int hop = 1; hop <= maxHops && !frontier.isEmpty() && !arrivals.containsKey(end); hop++) {
            Set<NodeRef> next = new LinkedHashSet<>();
            for (GraphEdge edge : edges.touching(byKind(frontier), asOf, ties)) {
                for (NodeRef near : List.of(edge.from(), edge.to())) {
                    NodeRef far = edge.other(near);
                    if (frontier.contains(near) && !visited.contains(far)) {
                        next.add(far);
                        arrivals.computeIfAbsent(far, f -> new ArrayList<>()).add(edge);
                    }
                }
            }
            visited.addAll(next);
            if (visited.size() > MAX_VISITED) {
                throw tooLarge("nodes visited", MAX_VISITED);
            }
            frontier = next;
        }
        List<List<GraphEdge>> paths = new ArrayList<>();
        if (arrivals.containsKey(end)) {
            collect(end, start, arrivals, new ArrayList<>(), paths);
        }
        return paths;
    }

    /** Walks arrivals back from the end; each arrival edge came from the level before. */
    private static void collect(NodeRef at, NodeRef start, Map<NodeRef, List<GraphEdge>> arrivals, List<GraphEdge> tail,
            List<List<GraphEdge>> paths) {
        if (paths.size() >= MAX_PATHS) {
            return;
        }
        if (at.equals(start)) {
            List<GraphEdge> path = new ArrayList<>(tail);
            java.util.Collections.reverse(path);
            paths.add(List.copyOf(path));
            return;
        }
        for (GraphEdge edge : arrivals.get(at)) {
            NodeRef previous = edge.other(at);
            if (previous.equals(start) || arrivals.containsKey(previous)) {
                tail.add(edge);
                collect(previous, start, arrivals, tail, paths);
                tail.remove(tail.size() - 1);
            }
        }
    }

    private static Map<String, Set<Long>> byKind(Set<NodeRef> refs) {
        Map<String, Set<Long>> byKind = new HashMap<>();
        refs.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.id()));
        return byKind;
    }

    private static ApiException tooLarge(String what, int limit) {
        return new ApiException(ErrorCode.RESULT_TOO_LARGE, "The answer would hold more than " + limit + " " + what
                + "; ask for fewer hops, fewer edge kinds, or a date with asOf.").with("limit", limit);
    }
}
