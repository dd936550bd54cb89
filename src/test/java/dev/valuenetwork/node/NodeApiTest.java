package dev.valuenetwork.node;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class NodeApiTest {

    @Test
    void shouldRefetchEveryKindOfNodeByItsGlobalId() {
        JsonPath ids = GraphQL.post("""
                { company(slug: "kt") { id executives { id } memberships { id } figures { id } }
                  person(slug: "ryu-young-sang") { id statements { id } }
                  alliance(slug: "gtaa") { id }
                  product(slug: "ixi-gen") { id sources { id } }
                  investments(first: 1) { edges { node { id } } } }""").body("errors", nullValue()).extract().jsonPath();
        Map<String, String> expected = Map.of(
                ids.getString("data.company.id"), "Company",
                ids.getString("data.company.executives[0].id"), "Executive",
                ids.getString("data.company.memberships[0].id"), "Membership",
                ids.getString("data.company.figures[0].id"), "ReportedFigure",
                ids.getString("data.person.id"), "Person",
                ids.getString("data.person.statements[0].id"), "Statement",
                ids.getString("data.alliance.id"), "Alliance",
                ids.getString("data.product.id"), "Product",
                ids.getString("data.product.sources[0].id"), "Source",
                ids.getString("data.investments.edges[0].node.id"), "Investment");
        expected.forEach((id, type) -> GraphQL.named("node", "id", id)
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo(type))
                .body("data.node.id", equalTo(id)));
    }

    @Test
    void shouldAnswerNullForAWellFormedIdOfNothing() {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString("Company:no-such-company".getBytes());
        GraphQL.named("node", "id", id).body("errors", nullValue()).body("data.node", nullValue());
        String unknownType = Base64.getUrlEncoder().withoutPadding().encodeToString("Spaceship:x".getBytes());
        GraphQL.named("node", "id", unknownType).body("errors", nullValue()).body("data.node", nullValue());
    }

    @Test
    void shouldRejectAMalformedId() {
        for (String id : List.of("%%%", "bm8tY29sb24")) {
            GraphQL.named("node", "id", id)
                    .body("data.node", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].extensions.argument", equalTo("id"))
                    .body("errors[0].path[0]", equalTo("node"));
        }
    }

    @Test
    void shouldKeepIdsStableAcrossRequests() {
        String first = GraphQL.post("{ company(slug: \"kt\") { id } }").extract().path("data.company.id");
        GraphQL.post("{ company(slug: \"kt\") { id } }").body("data.company.id", equalTo(first));
        GraphQL.named("node", "id", first).body("data.node.slug", equalTo("kt")).body("data.node", notNullValue());
    }
}
