package dev.valuenetwork.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SearchApiTest {

    private static final String SEARCH = """
            query Search($text: String!, $first: Int, $kinds: [SearchKind!]) {
              search(text: $text, first: $first, kinds: $kinds) {
                score matched field
                node { __typename ... on Company { slug } ... on Product { slug } ... on Person { slug }
                       ... on Alliance { slug } ... on Statement { text } }
              }
            }""";

    @Test
    void shouldFindACompanyThroughAKoreanParticle() {
        GraphQL.post(SEARCH, "text", "SK텔레콤은")
                .body("errors", nullValue())
                .body("data.search[0].node.slug", equalTo("sk-telecom"))
                .body("data.search[0].score", equalTo(1.0f))
                .body("data.search[0].matched", equalTo("SK텔레콤"));
    }

    @Test
    void shouldFindAProductByItsKoreanName() {
        GraphQL.post(SEARCH, "text", "익시젠").body("data.search[0].node.slug", equalTo("ixi-gen"));
        GraphQL.post(SEARCH, "text", "익시젠을").body("data.search[0].node.slug", equalTo("ixi-gen"));
    }

    @Test
    void shouldFindAStatementByAWordOfItsQuote() {
        GraphQL.post(SEARCH, "text", "상상력", "kinds", java.util.List.of("STATEMENT"))
                .body("data.search[0].node.__typename", equalTo("Statement"))
                .body("data.search[0].node.text", org.hamcrest.Matchers.containsString("상상력"))
                .body("data.search.node.__typename", everyItem(equalTo("Statement")));
    }

    @Test
    void shouldAnswerShortQueries() {
        GraphQL.post(SEARCH, "text", "KT").body("data.search[0].node.slug", equalTo("kt"));
        GraphQL.post(SEARCH, "text", "메타").body("data.search[0].node.slug", equalTo("meta"));
        GraphQL.post(SEARCH, "text", "MS").body("data.search.node.slug", hasItem("microsoft"));
    }

    @Test
    void shouldTolerateASmallMisspelling() {
        GraphQL.post(SEARCH, "text", "Antrhopic").body("data.search.node.slug", hasItem("anthropic"));
        GraphQL.post(SEARCH, "text", "Deutsche Telecom").body("data.search[0].node.slug", equalTo("deutsche-telekom"));
    }

    @Test
    void shouldRankAndBoundTheHits() {
        GraphQL.post(SEARCH, "text", "telecom", "first", 3)
                .body("data.search.size()", equalTo(3))
                .body("data.search.score", everyItem(greaterThan(0f)));
    }

    @Test
    void shouldRejectEmptyAndOverlongText() {
        GraphQL.post(SEARCH, "text", "   ").body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("text"));
        GraphQL.post(SEARCH, "text", "가".repeat(10_000)).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post(SEARCH, "text", "kt", "first", 0).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
