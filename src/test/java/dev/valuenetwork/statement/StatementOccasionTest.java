package dev.valuenetwork.statement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A statement's occasion: read from the seed, written and cleared through the mutations. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatementOccasionTest {

    private static final String ARTICLE = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("Source:dt-2024-08-telco-alliances".getBytes());

    @Test
    void shouldGiveTheOccasionTheSourceDescribes() {
        GraphQL.post("{ statements(first: 20, filter: { from: \"2024-06\", to: \"2024-06\" }) { edges { node { occasion place } } } }")
                .body("errors", nullValue())
                .body("data.statements.edges", hasSize(2))
                .body("data.statements.edges.node.occasion", everyItem(startsWith("a roundtable in Copenhagen")));
        GraphQL.post("{ statements(first: 20, filter: { speaker: \"hwang-hyeon-sik\" }) { edges { node { occasion } } } }")
                .body("data.statements.edges[0].node.occasion", nullValue());
    }

    @Test
    void shouldRecordAndClearAnOccasion() {
        String id = GraphQL.as(Tokens.editor(), "mutation($in: CreateStatementInput!) { createStatement(input: $in) { id occasion } }",
                "in", Map.of("text", "시험 발언", "language", "ko", "speakerDescription", "a test speaker",
                        "occasion", "a press conference", "sources", List.of(Map.of("sourceId", ARTICLE))))
                .body("errors", nullValue())
                .body("data.createStatement.occasion", equalTo("a press conference"))
                .extract().path("data.createStatement.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { occasion } }",
                "in", Map.of("id", id, "version", 0, "clear", List.of("occasion")))
                .body("data.updateStatement.occasion", nullValue());
        GraphQL.sendAs(Tokens.editor(), "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { occasion } }",
                "in", Map.of("id", id, "version", 1, "occasion", "x".repeat(501)))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("input.occasion"));
    }
}
