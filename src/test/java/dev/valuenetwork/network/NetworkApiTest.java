package dev.valuenetwork.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class NetworkApiTest {

    private static final String NETWORK = """
            query($slug: String!, $depth: Int, $asOf: PartialDate, $kinds: [EdgeKind!]) {
              network(slug: $slug, depth: $depth, asOf: $asOf, kinds: $kinds) {
                nodes { __typename ... on Company { slug } ... on Alliance { slug } ... on Person { slug } ... on Product { slug } }
                edges { kind since from { ... on Company { slug } ... on Person { slug } } to { ... on Company { slug } ... on Alliance { slug } } sources { title } }
              }
            }""";

    private static final String PATHS = """
            query($from: String!, $to: String!, $maxHops: Int) {
              paths(from: $from, to: $to, maxHops: $maxHops) {
                hops
                nodes { ... on Company { slug } ... on Alliance { slug } }
                edges { kind }
              }
            }""";

    @Test
    void shouldReturnTheEgoNetworkOfACompany() {
        GraphQL.post(NETWORK, "slug", "kt", "depth", 1)
                .body("errors", nullValue())
                .body("data.network.nodes[0].slug", equalTo("kt"))
                .body("data.network.nodes.slug", hasItems("kt-microsoft-partnership", "kt-industry-academia-projects",
                        "kim-young-shub", "ax-degree", "gen-aidu"))
                .body("data.network.edges.kind", hasItems("PARTNERSHIP", "LEADERSHIP", "PRODUCT_OWNERSHIP"));
        GraphQL.post(NETWORK, "slug", "kt", "depth", 2, "kinds", List.of("PARTNERSHIP"))
                .body("data.network.nodes.slug", hasItems("microsoft", "kaist", "postech"))
                .body("data.network.edges.kind", everyItem(equalTo("PARTNERSHIP")))
                .body("data.network.edges.sources", everyItem(not(hasSize(0))));
    }

    @Test
    void shouldTravelInTime() {
        // Signed on 3 June 2024 (the preferred claim): not yet a tie in May.
        GraphQL.post(NETWORK, "slug", "kt", "depth", 1, "asOf", "2024-05", "kinds", List.of("PARTNERSHIP"))
                .body("data.network.nodes.slug", not(hasItem("kt-microsoft-partnership")));
        GraphQL.post(NETWORK, "slug", "kt", "depth", 1, "asOf", "2024-06", "kinds", List.of("PARTNERSHIP"))
                .body("data.network.nodes.slug", hasItem("kt-microsoft-partnership"));
    }

    @Test
    void shouldFindHowDeutscheTelekomReachesAnthropic() {
        GraphQL.post(PATHS, "from", "deutsche-telekom", "to", "anthropic")
                .body("errors", nullValue())
                .body("data.paths", hasSize(1))
                .body("data.paths[0].hops", equalTo(3))
                .body("data.paths[0].nodes.slug", contains("deutsche-telekom", "gtaa", "sk-telecom", "anthropic"))
                .body("data.paths[0].edges.kind", contains("MEMBERSHIP", "MEMBERSHIP", "INVESTMENT"));
        GraphQL.post(PATHS, "from", "deutsche-telekom", "to", "anthropic", "maxHops", 2).body("data.paths", hasSize(0));
    }

    @Test
    void shouldBoundTheWalk() {
        GraphQL.post(NETWORK, "slug", "kt", "depth", 10)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("depth"));
        GraphQL.post(PATHS, "from", "kt", "to", "meta", "maxHops", 9).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post(NETWORK, "slug", "no-such-node").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(PATHS, "from", "kt", "to", "nowhere").body("errors[0].extensions.argument", equalTo("to"));
    }
}
