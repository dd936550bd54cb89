package dev.valuenetwork.limits;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A request past its time budget stops and is answered with one TIMEOUT error. */
@QuarkusTest
@TestProfile(RequestTimeoutTest.ShortBudget.class)
@WithTestResource(EmbeddedPostgresResource.class)
class RequestTimeoutTest {

    public static class ShortBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("valuenetwork.graphql.request-timeout", "30ms");
        }
    }

    @Test
    void aDocumentOfManySearchesStopsAtItsBudget() {
        // 400 searches, each at least a round trip to the database: far more than 30 ms.
        String document = IntStream.range(0, 400).mapToObj(i -> "s" + i + ": search(text: \"telecom " + i + "\", first: 1) { score }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        GraphQL.post(document)
                .body("data", org.hamcrest.Matchers.nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                .body("errors[0].extensions.budgetMs", equalTo(30))
                .body("extensions.cost.requestedQueryCost", equalTo(400 * 2_001));
    }
}
