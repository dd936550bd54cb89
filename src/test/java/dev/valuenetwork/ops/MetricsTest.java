package dev.valuenetwork.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /q/metrics in Prometheus text: the service's operations by name with latency, cost and SQL, next to HTTP, JVM and pool. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MetricsTest {

    @Test
    void operationsAreMeasuredByNameWithTheirCostAndStatements() {
        GraphQL.post("query MetricsProbe { company(slug: \"kt\") { name executives { title } } }");
        GraphQL.send("query MetricsRefused { company(slug: \"kt\") { noSuchField } }").statusCode(400);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*graphql_request_seconds_count\\{[^}]*operation=\"MetricsProbe\"[^}]*outcome=\"ok\"[^}]*type=\"query\"[^}]*} [1-9].*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*graphql_request_seconds_bucket\\{[^}]*operation=\"MetricsProbe\".*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*graphql_request_cost_sum\\{[^}]*operation=\"MetricsProbe\"[^}]*} 101\\.0.*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*graphql_request_sql_statements_sum\\{[^}]*operation=\"MetricsProbe\"[^}]*} 2\\.0.*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("graphql_subscriptions_live"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("http_server_requests_seconds_count"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("jvm_memory_used_bytes"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_active_count"));
        // A document refused before it runs is not an operation of the engine.
        org.hamcrest.MatcherAssert.assertThat(metrics, not(containsString("MetricsRefused")));
    }

    @Test
    void operationNamesThatAreNotGraphQLNamesDoNotBecomeLabels() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, not(containsString("operation=\"<script>")));
    }
}
