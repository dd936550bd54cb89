package dev.valuenetwork.search;

import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.person.PersonQueries;
import dev.valuenetwork.product.ProductQueries;
import dev.valuenetwork.statement.StatementQueries;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SearchGraphQLApi {

    @Inject
    SearchQueries search;
    @Inject
    CompanyQueries companies;
    @Inject
    PersonQueries people;
    @Inject
    AllianceQueries alliances;
    @Inject
    ProductQueries products;
    @Inject
    StatementQueries statements;

    @Query("search")
    @NonNull
    @Description("Companies, people, alliances, products and statements matching the text, best first. Matches English"
            + " and Korean names, aliases and quotes; Korean particles (SK텔레콤은) and small misspellings are tolerated.")
    public List<@NonNull SearchHit> search(
            @NonNull @Description("What to look for, 1 to 200 characters.") String text,
            @DefaultValue("10") @Description("At most this many hits, 1 to 50.") Integer first,
            @io.smallrye.graphql.api.Nullable @Description("Only these kinds of nodes; all kinds when omitted.")
            List<@NonNull SearchKind> kinds) {
        int size = first == null ? 10 : first;
        SearchQueries.checkFirst(size);
        List<SearchKind> searched = kinds == null || kinds.isEmpty() ? Arrays.asList(SearchKind.values()) : kinds;
        List<SearchQueries.Match> matches = search.search(text, size, searched);
        Map<SearchKind, Map<Long, ? extends Node>> nodes = resolve(matches);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchQueries.Match match : matches) {
            Node node = nodes.get(match.kind()).get(match.nodeId());
            if (node != null) {
                hits.add(new SearchHit(node, Math.round(match.score() * 1000) / 1000.0,
                        Snippet.around(match.term(), text), match.field()));
            }
        }
        return hits;
    }

    /** One statement per kind of node found, however many hits. */
    private Map<SearchKind, Map<Long, ? extends Node>> resolve(List<SearchQueries.Match> matches) {
        Map<SearchKind, Function<Collection<Long>, Map<Long, ? extends Node>>> loaders = Map.of(
                SearchKind.COMPANY, companies::companiesByIds, SearchKind.PERSON, people::peopleByIds,
                SearchKind.ALLIANCE, alliances::alliancesByIds, SearchKind.PRODUCT, products::productsByIds,
                SearchKind.STATEMENT, statements::statementsByIds);
        Map<SearchKind, Map<Long, ? extends Node>> nodes = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            List<Long> ids = matches.stream().filter(m -> m.kind() == kind).map(SearchQueries.Match::nodeId).toList();
            nodes.put(kind, ids.isEmpty() ? Map.of() : loaders.get(kind).apply(ids));
        }
        return nodes;
    }
}
