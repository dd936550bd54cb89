package dev.valuenetwork.network;

import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.source.CitedKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edges that touch a set of nodes, one statement per kind of tie however many nodes there
 * are: each statement matches the frontier's ids of every kind with = ANY(array) on indexed
 * columns.
 */
@ApplicationScoped
class EdgeQueries {

    List<GraphEdge> touching(Map<String, Set<Long>> frontier, PartialDate asOf, TieFilter ties) {
        Set<Long> companies = frontier.getOrDefault(NodeRef.COMPANY, Set.of());
        Set<Long> alliances = frontier.getOrDefault(NodeRef.ALLIANCE, Set.of());
        Set<Long> people = frontier.getOrDefault(NodeRef.PERSON, Set.of());
        Set<Long> products = frontier.getOrDefault(NodeRef.PRODUCT, Set.of());
        RelationArgs valid = RelationArgs.of(0, asOf);
        List<GraphEdge> edges = new ArrayList<>();
        if ((ties.includes(EdgeKind.MEMBERSHIP) || ties.includes(EdgeKind.PARTNERSHIP)) && !(companies.isEmpty() && alliances.isEmpty())) {
            // The tie's status on the date decides whether the membership is an edge: a membership of an
            // explored partnership is not a tie in force.
            for (Object[] r : rows("SELECT * FROM (SELECT m.id, m.company_id, m.alliance_id, m.since, m.until, a.kind,"
                    + " tie_status_on(a.id, a.status, CAST(:asOfEnd AS date)) AS status FROM membership m"
                    + " JOIN alliance a ON a.id = m.alliance_id WHERE (m.company_id = ANY(CAST(:c AS bigint[]))"
                    + " OR m.alliance_id = ANY(CAST(:a AS bigint[]))) AND " + RelationArgs.validOn("m") + ") e"
                    + " WHERE e.status = ANY(CAST(:statuses AS text[]))",
                    valid, "c", companies, "a", alliances, "statuses", ties.statusNames())) {
                EdgeKind kind = "PARTNERSHIP".equals(r[5]) ? EdgeKind.PARTNERSHIP : EdgeKind.MEMBERSHIP;
                if (ties.includes(kind)) {
                    edges.add(new GraphEdge(ref(NodeRef.COMPANY, r[1]), ref(NodeRef.ALLIANCE, r[2]), kind, (String) r[3],
                            (String) r[4], (String) r[6], CitedKind.MEMBERSHIP, id(r[0])));
                }
            }
        }
        if (ties.includes(EdgeKind.INVESTMENT) && !companies.isEmpty()) {
            for (Object[] r : rows("SELECT i.id, i.investor_id, i.investee_id, i.announced_on FROM investment i"
                    + " WHERE (i.investor_id = ANY(CAST(:c AS bigint[])) OR i.investee_id = ANY(CAST(:c AS bigint[])))"
                    + " AND (CAST(:asOfStart AS date) IS NULL OR i.announced_on IS NULL"
                    + " OR pd_start(i.announced_on) <= CAST(:asOfEnd AS date))", valid, "c", companies)) {
                edges.add(new GraphEdge(ref(NodeRef.COMPANY, r[1]), ref(NodeRef.COMPANY, r[2]), EdgeKind.INVESTMENT,
                        (String) r[3], null, null, CitedKind.INVESTMENT, id(r[0])));
            }
        }
        if (ties.includes(EdgeKind.LEADERSHIP) && !(companies.isEmpty() && people.isEmpty())) {
            for (Object[] r : rows("SELECT x.id, x.person_id, x.company_id, x.since, x.until FROM executive x"
                    + " WHERE (x.company_id = ANY(CAST(:c AS bigint[])) OR x.person_id = ANY(CAST(:p AS bigint[]))) AND "
                    + RelationArgs.validOn("x"), valid, "c", companies, "p", people)) {
                edges.add(new GraphEdge(ref(NodeRef.PERSON, r[1]), ref(NodeRef.COMPANY, r[2]), EdgeKind.LEADERSHIP,
                        (String) r[3], (String) r[4], null, CitedKind.EXECUTIVE, id(r[0])));
            }
        }
        if (ties.includes(EdgeKind.PRODUCT_OWNERSHIP) && !(companies.isEmpty() && alliances.isEmpty() && products.isEmpty())) {
            for (Object[] r : rows("SELECT p.id, p.owner_company_id, p.owner_alliance_id FROM product p"
                    + " WHERE p.owner_company_id = ANY(CAST(:c AS bigint[])) OR p.owner_alliance_id = ANY(CAST(:a AS bigint[]))"
                    + " OR p.id = ANY(CAST(:x AS bigint[]))", null, "c", companies, "a", alliances, "x", products)) {
                NodeRef owner = r[1] != null ? ref(NodeRef.COMPANY, r[1]) : ref(NodeRef.ALLIANCE, r[2]);
                edges.add(new GraphEdge(owner, ref(NodeRef.PRODUCT, r[0]), EdgeKind.PRODUCT_OWNERSHIP, null, null, null,
                        CitedKind.PRODUCT, id(r[0])));
            }
        }
        if (ties.includes(EdgeKind.PARENT)) {
            parents(edges, "company", NodeRef.COMPANY, companies);
            parents(edges, "alliance", NodeRef.ALLIANCE, alliances);
        }
        return edges;
    }

    private static void parents(List<GraphEdge> edges, String table, String kind, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (Object[] r : rows("SELECT x.id, x.parent_id FROM " + table + " x WHERE x.parent_id IS NOT NULL AND"
                + " (x.id = ANY(CAST(:ids AS bigint[])) OR x.parent_id = ANY(CAST(:ids AS bigint[])))", null, "ids", ids)) {
            edges.add(new GraphEdge(ref(kind, r[1]), ref(kind, r[0]), EdgeKind.PARENT, null, null, null, null, 0));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, RelationArgs valid, Object... idSets) {
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < idSets.length; i += 2) {
            parameters.add(idSets[i]);
            parameters.add(idSets[i + 1] instanceof String[] texts ? Sql.texts(List.of(texts))
                    : Sql.ids((Collection<Long>) idSets[i + 1]));
        }
        if (valid != null) {
            parameters.add("asOfStart");
            parameters.add(valid.asOfStart());
            parameters.add("asOfEnd");
            parameters.add(valid.asOfEnd());
        }
        return Reads.listPlannedForValues(Reads::columns, sql, parameters.toArray());
    }

    private static NodeRef ref(String kind, Object id) {
        return new NodeRef(kind, id(id));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
