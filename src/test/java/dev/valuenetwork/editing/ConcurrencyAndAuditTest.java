package dev.valuenetwork.editing;

import static dev.valuenetwork.editing.NodeMutationTest.UPDATE_COMPANY;
import static dev.valuenetwork.editing.NodeMutationTest.createCompany;
import static dev.valuenetwork.editing.NodeMutationTest.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConcurrencyAndAuditTest {

    @Test
    void shouldLetExactlyOneOfConcurrentUpdatesOfOneVersionWin() throws Exception {
        String id = createCompany(unique("race"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonPath>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "Writer " + i;
            Callable<JsonPath> update = () -> GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in",
                    Map.of("id", id, "version", 0, "name", name)).extract().jsonPath();
            attempts.add(pool.submit(update));
        }
        int won = 0;
        int conflicts = 0;
        String winner = null;
        for (Future<JsonPath> attempt : attempts) {
            JsonPath result = attempt.get();
            if (result.get("errors") == null) {
                won++;
                winner = result.getString("data.updateCompany.name");
            } else {
                assertEquals("CONFLICT", result.getString("errors[0].extensions.code"));
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, won, "one update wins");
        assertEquals(3, conflicts, "the others are told, not lost");
        GraphQL.named("node", "id", id);
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Company { name version } } }", "id", id)
                .body("data.node.name", equalTo(winner)).body("data.node.version", equalTo(1));
    }

    @Test
    void shouldAuditEveryChangeWithWhoWhenAndBeforeAfter() {
        String id = createCompany(unique("audited"));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", id, "version", 0, "name", "Audited Co")).body("errors", nullValue());
        String log = "query($id: ID!) { auditLog(first: 10, filter: { nodeId: $id }) { totalCount"
                + " edges { node { action actor nodeId before after at } } } }";
        GraphQL.as(Tokens.admin(), log, "id", id)
                .body("errors", nullValue())
                .body("data.auditLog.totalCount", equalTo(2))
                .body("data.auditLog.edges[0].node.action", equalTo("UPDATE"))
                .body("data.auditLog.edges[0].node.actor", equalTo("erin-editor"))
                .body("data.auditLog.edges[0].node.before", containsString("\"name\": \"Test "))
                .body("data.auditLog.edges[0].node.after", containsString("\"name\": \"Audited Co\""))
                .body("data.auditLog.edges[1].node.action", equalTo("CREATE"))
                .body("data.auditLog.edges[1].node.before", nullValue());
        GraphQL.as(Tokens.admin(), "{ auditLog(first: 1, filter: { actor: \"dataset:seed\", action: IMPORT }) { totalCount } }")
                .body("data.auditLog.totalCount", org.hamcrest.Matchers.greaterThan(50));
    }
}
