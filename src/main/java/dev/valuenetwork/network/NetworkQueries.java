package dev.valuenetwork.network;

import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.ReadFailedException;
import dev.valuenetwork.common.persistence.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Network and path questions, each in one read transaction with a statement timeout. */
@ApplicationScoped
public class NetworkQueries {

    static final int MAX_DEPTH = 3;
    static final int MAX_HOPS = 4;
    static final String TIMEOUT = "5s";

    @Inject
    EdgeQueries edges;
    @Inject
    NodeResolver resolver;

    public Network network(String slug, int depth, PartialDate asOf, List<EdgeKind> kinds, List<AllianceStatus> statuses) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw ApiException.invalidArgument("depth", "'depth' must be between 1 and " + MAX_DEPTH + ", was " + depth + ".");
        }
        return bounded(() -> {
            NodeRef centre = find(slug, "slug");
            Traversal.Neighbourhood found = new Traversal(edges, asOf, TieFilter.of(kinds, statuses)).around(centre, depth);
            Map<NodeRef, Node> nodes = resolver.resolve(found.nodes());
            return new Network(NodeResolver.nodes(found.nodes(), nodes),
                    found.edges().stream().map(e -> NodeResolver.edge(e, nodes)).toList());
        });
    }

    public List<Path> paths(String from, String to, int maxHops, PartialDate asOf, List<EdgeKind> kinds,
            List<AllianceStatus> statuses) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw ApiException.invalidArgument("maxHops", "'maxHops' must be between 1 and " + MAX_HOPS + ", was " + maxHops + ".");
        }
        return bounded(() -> {
            NodeRef start = find(from, "from");
            NodeRef end = find(to, "to");
            List<List<GraphEdge>> found = new Traversal(edges, asOf, TieFilter.of(kinds, statuses)).shortestPaths(start, end, maxHops);
            Set<NodeRef> refs = new HashSet<>(List.of(start, end));
            found.forEach(path -> path.forEach(e -> refs.addAll(List.of(e.from(), e.to()))));
            Map<NodeRef, Node> nodes = resolver.resolve(refs);
            List<Path> paths = new ArrayList<>();
            for (List<GraphEdge> path : found) {
                List<NodeRef> along = new ArrayList<>(List.of(start));
                path.forEach(e -> along.add(e.other(along.get(along.size() - 1))));
                paths.add(new Path(path.size(), NodeResolver.nodes(along, nodes),
                        path.stream().map(e -> NodeResolver.edge(e, nodes)).toList()));
            }
            return paths;
        });
    }

    private NodeRef find(String slug, String argument) {
        List<Object[]> rows = Reads.list(Reads::columns, """
                SELECT n.kind, coalesce(c.id, a.id, p.id, x.id) FROM node_slug n
                LEFT JOIN company c ON n.kind = 'COMPANY' AND c.slug = n.slug
                LEFT JOIN alliance a ON n.kind = 'ALLIANCE' AND a.slug = n.slug
                LEFT JOIN person p ON n.kind = 'PERSON' AND p.slug = n.slug
                LEFT JOIN product x ON n.kind = 'PRODUCT' AND x.slug = n.slug
                WHERE n.slug = :slug""", "slug", slug);
        if (rows.isEmpty()) {
            throw ApiException.notFound("Nothing in the network has the slug '" + slug + "'.").with("argument", argument);
        }
        return new NodeRef((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue());
    }

    /**
     * Runs a walk in one read transaction under a statement timeout; a statement that passes it
     * ends the walk with TIMEOUT.
     */
    private static <T> T bounded(Supplier<T> walk) {
        try {
            return Reads.inTransaction(() -> {
                Reads.setLocal("statement_timeout", TIMEOUT);
                return walk.get();
            });
        } catch (ReadFailedException e) {
            if (isTimeout(e)) {
                throw new ApiException(ErrorCode.TIMEOUT, "The walk took longer than " + TIMEOUT + "; ask for fewer hops or edge kinds.");
            }
            throw e;
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
