package dev.valuenetwork.network;

import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.person.PersonQueries;
import dev.valuenetwork.product.ProductQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns node references and graph edges into API objects: one statement per kind of node. */
@ApplicationScoped
class NodeResolver {

    @Inject
    CompanyQueries companies;
    @Inject
    AllianceQueries alliances;
    @Inject
    PersonQueries people;
    @Inject
    ProductQueries products;

    Map<NodeRef, Node> resolve(Collection<NodeRef> refs) {
        Map<String, Function<Collection<Long>, Map<Long, ? extends Node>>> loaders = Map.of(
                NodeRef.COMPANY, companies::companiesByIds, NodeRef.ALLIANCE, alliances::alliancesByIds,
                NodeRef.PERSON, people::peopleByIds, NodeRef.PRODUCT, products::productsByIds);
        Map<String, Set<Long>> byKind = refs.stream()
                .collect(Collectors.groupingBy(NodeRef::kind, Collectors.mapping(NodeRef::id, Collectors.toSet())));
        Map<NodeRef, Node> nodes = new HashMap<>();
        byKind.forEach((kind, ids) -> loaders.get(kind).apply(ids)
                .forEach((id, node) -> nodes.put(new NodeRef(kind, id), node)));
        return nodes;
    }

    static Edge edge(GraphEdge e, Map<NodeRef, Node> nodes) {
        return new Edge(nodes.get(e.from()), nodes.get(e.to()), e.kind(), PartialDate.parse(e.since()),
                PartialDate.parse(e.until()), e.status() == null ? null : AllianceStatus.valueOf(e.status()), e.fact(), e.factId());
    }

    static List<Node> nodes(List<NodeRef> refs, Map<NodeRef, Node> nodes) {
        return refs.stream().map(nodes::get).toList();
    }
}
