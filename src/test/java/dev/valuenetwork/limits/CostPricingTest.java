package dev.valuenetwork.limits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Fields that walk or aggregate are priced by the work they may do, not by one object each. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CostPricingTest {

    private static final String PATHS = "paths(from: \"sk-telecom\", to: \"anthropic\") { edges { kind } }";

    @Test
    void pathsCostsItsWalkAndItsResults() {
        // 20,000 for the walk, 20 paths, 20 × 4 edges.
        GraphQL.post("{ " + PATHS + " }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("extensions.cost.requestedQueryCost", equalTo(20_000 + 20 + 80));
    }

    @Test
    void networkCostsItsWalkAndItsCaps() {
        GraphQL.post("{ network(slug: \"sk-telecom\") { nodes { __typename } edges { kind } } }")
                .body("data.network.nodes", notNullValue())
                .body("extensions.cost.requestedQueryCost", equalTo(7_000 + 1 + 2_000 + 5_000));
    }

    @Test
    void searchAndTotalsCarryTheirWork() {
        GraphQL.post("{ search(text: \"SK\", first: 5) { score } }")
                .body("extensions.cost.requestedQueryCost", equalTo(2_000 + 5));
        GraphQL.post("{ investmentTotals(groupBy: [INVESTOR]) { groups { count } } }")
                .body("extensions.cost.requestedQueryCost", equalTo(100_000 + 1 + 1_000));
    }

    @Test
    void threeHundredPathsAliasesAreRefusedBeforeAnySql() {
        String document = IntStream.range(0, 300).mapToObj(i -> "p" + i + ": " + PATHS)
                .collect(Collectors.joining(" ", "{ ", " }"));
        GraphQL.requestError(document)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors[0].extensions.actual", equalTo(300 * 20_100))
                .body("errors[0].message", containsString("2000000"))
                .body("extensions", org.hamcrest.Matchers.nullValue());
    }
}
