package dev.valuenetwork.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.GraphQLSocket.Protocol;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documented walkthrough in docs/mutations runs as written, in order, while the documented
 * subscription watches: each step answers as its comment says and streams the event it should.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MutationExamplesTest {

    private static final Path DOCS = Path.of("docs", "mutations");

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void shouldRunTheDocumentedWalkthroughAndStreamItsEvents() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS,
                URI.create(http.toString().replaceFirst("^http", "ws")), null)) {
            socket.subscribe("docs", read("subscribe.graphql"));
            Thread.sleep(300);

            run("1-companies-and-a-new-source.graphql").body("errors", nullValue())
                    .body("data.cloud.sources[0].publisher", equalTo("Example Wire"));
            run("2-record-an-investment.graphql").body("errors", nullValue())
                    .body("data.createInvestment.amount.amount", equalTo("12500000"));
            run("3-update-with-the-version-read.graphql").body("errors", nullValue())
                    .body("data.updateCompany.version", equalTo(1)).body("data.updateCompany.nameKo", nullValue());
            run("4-partnership-join-and-leave.graphql").body("errors", nullValue())
                    .body("data.leaveAlliance.until", equalTo("2026-12"));
            run("5-delete.graphql")
                    .body("data.deleteInvestment.deletedId", equalTo(id("Investment:example-cloud-in-labs")))
                    .body("data.refused", nullValue())
                    .body("errors[0].path[0]", equalTo("refused"))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            run("6-audit-log.graphql").body("errors", nullValue())
                    .body("data.auditLog.edges.node.action", hasItem("UPDATE"));

            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JsonNode event = socket.nextResult(10);
                assertNotNull(event, "event " + (i + 1) + " of the walkthrough; so far " + kinds);
                kinds.add(event.path("data").path("networkChanged").path("kind").asText());
            }
            assertEquals(List.of("ENTITY_CREATED", "INVESTMENT_RECORDED", "ENTITY_UPDATED", "MEMBER_JOINED", "MEMBER_LEFT",
                    "ENTITY_DELETED"), kinds, "the changes that involve example-labs, in order");
        }
    }

    private static io.restassured.response.ValidatableResponse run(String file) throws Exception {
        return GraphQL.as(Tokens.admin(), read(file));
    }

    private static String read(String file) throws Exception {
        return Files.readString(DOCS.resolve(file));
    }

    private static String id(String typeAndKey) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(typeAndKey.getBytes());
    }
}
