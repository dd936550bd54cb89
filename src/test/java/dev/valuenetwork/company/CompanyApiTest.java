package dev.valuenetwork.company;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CompanyApiTest {

    @Test
    void shouldServeSkTelecomsNetworkInOneRequest() {
        GraphQL.named("sk-telecom-network", "slug", "sk-telecom")
                .body("errors", nullValue())
                .body("data.company.name", equalTo("SK Telecom"))
                .body("data.company.nameKo", equalTo("SK텔레콤"))
                .body("data.company.memberships.alliance.slug", hasItem("gtaa"))
                .body("data.company.memberships.find { it.alliance.slug == 'gtaa' }.alliance.members.company.slug",
                        containsInAnyOrder("sk-telecom", "deutsche-telekom", "e-and", "singtel", "softbank"))
                .body("data.company.memberships.sources.flatten().title", everyItem(notNullValue()))
                .body("data.company.investmentsMade.investee.slug",
                        containsInAnyOrder("anthropic", "lambda", "perplexity", "sgh"))
                // The article gives no single amount; The Fact gives SGH's.
                .body("data.company.investmentsMade.findAll { it.investee.slug != 'sgh' }.amount", everyItem(nullValue()))
                .body("data.company.investmentsMade.find { it.investee.slug == 'anthropic' }.purpose",
                        org.hamcrest.Matchers.startsWith("LLM"))
                .body("data.company.investmentsMade.findAll { it.investee.slug != 'lambda' }.sources", everyItem(hasSize(1)))
                // Lambda's round and undisclosed amount come from two other reports.
                .body("data.company.investmentsMade.find { it.investee.slug == 'lambda' }.sources", hasSize(3))
                .body("data.company.executives[0].title", equalTo("CEO"))
                .body("data.company.executives[0].person.slug", equalTo("ryu-young-sang"))
                .body("data.company.executives[0].person.nameKo", equalTo("유영상"))
                .body("data.company.executives[0].person.statements", hasSize(3)) // two quotes and the reported call to join GTAA
                .body("data.company.executives[0].person.statements[0].saidOn", equalTo("2024-06"))
                .body("data.company.executives[0].person.statements[0].place", equalTo("Copenhagen, Denmark"))
                .body("data.company.executives[0].person.statements.sources", everyItem(hasSize(1)))
                .body("data.company.figures.find { it.unit == 'USD' }.value", equalTo("230000000"))
                .body("data.company.figures.find { it.unit == 'USD' }.qualifier", equalTo("AT_LEAST"));
    }

    @Test
    void shouldAnswerNullForAnUnknownSlug() {
        GraphQL.post("{ company(slug: \"no-such-company\") { id } }")
                .body("errors", nullValue())
                .body("data.company", nullValue());
    }

    @Test
    void shouldPageThroughEveryCompanyWithCursors() {
        List<String> slugs = new ArrayList<>();
        String after = null;
        int total;
        boolean more;
        do {
            JsonPath page = GraphQL.named("companies-page", "first", 5, "after", after)
                    .body("errors", nullValue()).extract().jsonPath();
            slugs.addAll(page.getList("data.companies.edges.node.slug"));
            total = page.getInt("data.companies.totalCount");
            more = page.getBoolean("data.companies.pageInfo.hasNextPage");
            assertEquals(after != null, page.getBoolean("data.companies.pageInfo.hasPreviousPage"));
            after = page.getString("data.companies.pageInfo.endCursor");
        } while (more);
        assertEquals(total, slugs.size());
        assertEquals(slugs.stream().distinct().sorted().toList(), slugs, "each company once, in slug order");
        assertTrue(slugs.containsAll(List.of("sk-telecom", "kt", "lg-uplus", "deutsche-telekom", "e-and", "singtel",
                "softbank", "microsoft", "aws", "meta", "anthropic", "lambda", "perplexity", "sgh", "lg-ai-research",
                "kaist", "postech")));
    }

    @Test
    void shouldRejectAPageSizeOutOfRange() {
        for (int first : new int[] {0, 101, -1}) {
            GraphQL.named("companies-page", "first", first)
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].extensions.argument", equalTo("first"))
                    .body("errors[0].path", equalTo(List.of("companies")));
        }
    }

    @Test
    void shouldRejectAMalformedCursor() {
        GraphQL.named("companies-page", "first", 5, "after", "not-a-cursor")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("after"));
    }

    @Test
    void shouldLinkCorporateGroups() {
        GraphQL.post("{ company(slug: \"aws\") { name parent { slug subsidiaries { slug } } } }")
                .body("data.company.name", equalTo("Amazon Web Services"))
                .body("data.company.parent.slug", equalTo("amazon"))
                .body("data.company.parent.subsidiaries.slug", hasItem("aws"));
    }

    @Test
    void shouldSayWhereIdentityDataComesFrom() {
        GraphQL.post("{ company(slug: \"deutsche-telekom\") { identityBasis country kind citations { excerpt } } }")
                .body("data.company.identityBasis", equalTo("GENERAL_KNOWLEDGE"))
                .body("data.company.country", equalTo("DE"))
                .body("data.company.kind", equalTo("TELCO"))
                .body("data.company.citations", hasSize(greaterThanOrEqualTo(0)));
    }
}
