package dev.valuenetwork.live;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.Fixtures;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.GraphQLSocket.Protocol;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** networkChanged over real WebSockets, in both protocols, fed only through PostgreSQL NOTIFY. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SubscriptionTest {

    private static final String EVENTS = """
            subscription($slug: String) { networkChanged(slug: $slug) {
              kind nodeId actor at node { ... on Company { slug name } } nodes { id } sources { title } } }""";
    private static final String CREATE = """
            mutation($in: CreateCompanyInput!) { createCompany(input: $in) { id } }""";
    private static final String JOIN = """
            mutation($in: JoinAllianceInput!) { joinAlliance(input: $in) { id } }""";

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void shouldStreamCommittedChangesOverGraphqlTransportWs() {
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws(), null)) {
            assertEquals("graphql-transport-ws", socket.subprotocol());
            socket.subscribe("all", EVENTS);
            awaitSubscribed();
            String slug = unique();
            String id = createCompany(slug);

            JsonNode event = nextFor(socket, id);
            assertEquals("next", event.path("type").asText());
            JsonNode change = event.path("data").path("networkChanged");
            assertEquals("ENTITY_CREATED", change.path("kind").asText());
            assertEquals("erin-editor", change.path("actor").asText());
            assertEquals(slug, change.path("node").path("slug").asText());
            assertEquals(id, change.path("nodes").path(0).path("id").asText());
            assertEquals(1, change.path("sources").size(), "the event names the source the change cites");
            assertTrue(change.path("sources").path(0).path("title").asText().startsWith("[AI시대, 가치 네트워크에 주목하라]"),
                    "the event names the source the change cites");

            String membership = GraphQL.as(Tokens.editor(), JOIN, "in", Map.of("allianceId", Fixtures.alliance(unique()),
                    "companyId", id, "since", "2026-01", "sources", cited())).body("errors", nullValue())
                    .extract().path("data.joinAlliance.id");
            JsonNode joined = nextFor(socket, membership).path("data").path("networkChanged");
            assertEquals("MEMBER_JOINED", joined.path("kind").asText());
            assertEquals(2, joined.path("nodes").size(), "the company and the alliance");
        }
    }

    @Test
    void shouldStreamOverTheLegacyGraphqlWsProtocolToo() {
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.LEGACY_WS, ws(), null)) {
            assertEquals("graphql-ws", socket.subprotocol());
            socket.subscribe("1", EVENTS);
            awaitSubscribed();
            String id = createCompany(unique());
            JsonNode event = nextFor(socket, id);
            assertEquals("data", event.path("type").asText());
            assertEquals("ENTITY_CREATED", event.path("data").path("networkChanged").path("kind").asText());
        }
    }

    @Test
    void shouldSendOnlyChangesInvolvingTheSlugAsked() {
        String watched = unique();
        String watchedId = createCompany(watched);
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws(), null)) {
            socket.subscribe("one", EVENTS, "slug", watched);
            awaitSubscribed();
            createCompany(unique());
            GraphQL.as(Tokens.editor(), "mutation($in: UpdateCompanyInput!) { updateCompany(input: $in) { version } }",
                    "in", Map.of("id", watchedId, "version", 0, "country", "KR")).body("errors", nullValue());

            JsonNode first = socket.nextResult(10);
            assertNotNull(first, "the change to the watched company arrives");
            assertEquals(watchedId, first.path("data").path("networkChanged").path("nodeId").asText(),
                    "the other company's creation was filtered out");
            assertEquals("ENTITY_UPDATED", first.path("data").path("networkChanged").path("kind").asText());
        }
    }

    /**
     * Another instance's change reaches this instance's subscribers through the database alone:
     * here a plain JDBC session writes and notifies the way any instance does, and the event
     * arrives when, and only when, its transaction commits.
     */
    @Test
    void shouldDeliverAChangeThatArrivesOnlyThroughTheDatabaseOnceItCommits() throws Exception {
        String slug = unique();
        createCompany(slug);
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws(), null);
                Connection other = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "")) {
            socket.subscribe("db", EVENTS, "slug", slug);
            awaitSubscribed();
            other.setAutoCommit(false);
            try (PreparedStatement update = other.prepareStatement(
                    "UPDATE company SET name = 'Renamed Elsewhere', version = version + 1 WHERE slug = ?");
                    PreparedStatement notify = other.prepareStatement("SELECT pg_notify('value_network_changes', ?)")) {
                update.setString(1, slug);
                assertEquals(1, update.executeUpdate());
                notify.setString(1, """
                        {"kind":"ENTITY_UPDATED","type":"Company","key":"%s","involved":[["Company","%s"]],
                         "sources":[],"actor":"other-instance","at":"%s"}""".formatted(slug, slug, OffsetDateTime.now()));
                notify.execute();
            }
            assertNull(socket.nextResult(1), "nothing is announced before the commit");
            other.commit();

            JsonNode change = socket.nextResult(10).path("data").path("networkChanged");
            assertEquals("other-instance", change.path("actor").asText());
            assertEquals("Renamed Elsewhere", change.path("node").path("name").asText(), "the node as committed");
        }
    }

    @Test
    void shouldRejectAnInvalidSubscriptionDocumentWithACode() {
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws(), null)) {
            socket.subscribe("bad", "subscription { networkChanged { nope } }");
            JsonNode error = socket.nextResult(10);
            assertNotNull(error);
            assertEquals("error", error.path("type").asText());
            assertEquals("GRAPHQL_VALIDATION_FAILED", error.path("errors").path(0).path("extensions").path("code").asText());
        }
    }

    /** The subscription is live once the server has processed it; give it a moment to register. */
    private static void awaitSubscribed() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next event about the given node, skipping events of other tests' changes. */
    private static JsonNode nextFor(GraphQLSocket socket, String nodeId) {
        for (int i = 0; i < 50; i++) {
            JsonNode result = socket.nextResult(10);
            assertNotNull(result, "no event for " + nodeId);
            if (nodeId.equals(result.path("data").path("networkChanged").path("nodeId").asText())) {
                return result;
            }
        }
        throw new AssertionError("no event for " + nodeId);
    }

    private URI ws() {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }

    private static String createCompany(String slug) {
        return GraphQL.as(Tokens.editor(), CREATE, "in", Map.of("slug", slug, "name", "Live " + slug, "kind", "AI_STARTUP",
                "sources", cited())).body("errors", nullValue()).extract().path("data.createCompany.id");
    }

    private static java.util.List<Map<String, Object>> cited() {
        return java.util.List.of(Map.of("sourceId", globalId("Source", "dt-2024-08-telco-alliances"), "excerpt", "live test"));
    }

    private static String globalId(String type, String key) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes());
    }

    private static String unique() {
        return Fixtures.unique("live");
    }
}
