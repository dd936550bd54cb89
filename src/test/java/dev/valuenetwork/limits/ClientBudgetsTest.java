package dev.valuenetwork.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A small budget, so that a few requests use it up: 429 with Retry-After, per client, refilled over time. */
@QuarkusTest
@TestProfile(ClientBudgetsTest.SmallBudget.class)
@WithTestResource(EmbeddedPostgresResource.class)
class ClientBudgetsTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("valuenetwork.graphql.budget.maximum", "10000",
                    "valuenetwork.graphql.budget.restore-rate", "1000");
        }
    }

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI http;

    /** 7,001 + 2,000 nodes: 9,001 of the 10,000. */
    private static final String COSTLY = "{ network(slug: \"kt\") { nodes { __typename } } }";

    @Test
    void anExhaustedBudgetGets429UntilItRefills() throws InterruptedException {
        String token = Tokens.token("budget-" + System.nanoTime(), Set.of("reader"));
        GraphQL.sendAs(token, COSTLY).statusCode(200)
                .header("X-RateLimit-Limit", "10000")
                .header("X-RateLimit-Remaining", Integer::parseInt, lessThanOrEqualTo(1_000))
                .body("extensions.cost.requestedQueryCost", equalTo(9_001))
                .body("extensions.cost.throttleStatus.maximumAvailable", equalTo(10_000))
                .body("extensions.cost.throttleStatus.restoreRate", equalTo(1_000))
                .body("extensions.cost.throttleStatus.currentlyAvailable", lessThanOrEqualTo(1_000));

        GraphQL.sendAs(token, COSTLY).statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(7))
                .body("data", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].extensions.requestedQueryCost", equalTo(9_001))
                .body("errors[0].extensions.throttleStatus.maximumAvailable", equalTo(10_000))
                .body("errors[0].message", containsString("retry after"));

        // Another client has its own bucket; a cheap request of the first one still fits.
        GraphQL.sendAs(Tokens.token("other-" + System.nanoTime(), Set.of("reader")), COSTLY).statusCode(200);
        GraphQL.sendAs(token, "{ company(slug: \"kt\") { name } }").statusCode(200)
                .body("data.company.name", equalTo("KT"));

        Thread.sleep(2_000); // refills 2,000: still too few for 9,001
        GraphQL.sendAs(token, COSTLY).statusCode(429);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*graphql_rate_limited_total\\{reason=\"cost\"} [1-9].*"));
    }

    @Test
    void operationsOverWebSocketSpendFromTheSameBudget() {
        java.net.URI ws = java.net.URI.create("ws://" + http.getHost() + ":" + http.getPort() + "/graphql");
        try (GraphQLSocket socket = GraphQLSocket.connect(GraphQLSocket.Protocol.TRANSPORT_WS, ws, null)) {
            String code = null;
            for (int i = 0; i < 3 && !"RATE_LIMITED".equals(code); i++) {
                socket.subscribe("q" + i, COSTLY);
                com.fasterxml.jackson.databind.JsonNode answer = socket.nextResult(10);
                org.junit.jupiter.api.Assertions.assertNotNull(answer);
                code = answer.path("errors").path(0).path("extensions").path("code").asText(null);
                if (!"RATE_LIMITED".equals(code)) {
                    socket.nextResult(5); // the query's complete message
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals("RATE_LIMITED", code);
        }
    }

    @Test
    void anonymousClientsAreMeteredByAddressAndGetTheSameAnswerInEitherMediaType() {
        // Every anonymous request of this test comes from 127.0.0.1: use that bucket up.
        int status = 200;
        for (int i = 0; i < 5 && status == 200; i++) {
            status = given().contentType(ContentType.JSON).body(Map.of("query", COSTLY)).post("/graphql").statusCode();
        }
        org.junit.jupiter.api.Assertions.assertEquals(429, status);
        given().contentType(ContentType.JSON).accept("application/json").body(Map.of("query", COSTLY))
                .post("/graphql").then().statusCode(429).header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }
}
