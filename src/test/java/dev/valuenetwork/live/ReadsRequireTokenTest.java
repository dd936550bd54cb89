package dev.valuenetwork.live;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With valuenetwork.security.reads-require-token, reads need a token: over HTTP in the header, over WebSocket in connection_init. */
@QuarkusTest
@TestProfile(ReadsRequireTokenTest.ClosedReads.class)
@WithTestResource(EmbeddedPostgresResource.class)
class ReadsRequireTokenTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("valuenetwork.security.reads-require-token", "true");
        }
    }

    private static final String EVENTS = "subscription { networkChanged { kind nodeId } }";

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void shouldRefuseAReadWithoutAToken() {
        GraphQL.sendAs(null, "{ company(slug: \"kt\") { name } }").statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(Tokens.reader(), "{ company(slug: \"kt\") { name } }")
                .body("errors", nullValue()).body("data.company.name", equalTo("KT"));
    }

    @Test
    void shouldRefuseASubscriptionWithoutATokenInConnectionInit() {
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws(), null)) {
            socket.subscribe("anonymous", EVENTS);
            JsonNode refused = socket.nextResult(10);
            assertNotNull(refused, "the server answers the subscription");
            assertEquals("UNAUTHENTICATED", refused.path("errors").path(0).path("extensions").path("code").asText(),
                    refused.toString());
            if (!"error".equals(refused.path("type").asText())) {
                // A refusal after the stream started is a result with the error, then the end of the stream.
                JsonNode end = socket.nextResult(10);
                assertNotNull(end, "the stream ends");
                assertEquals("complete", end.path("type").asText(), end.toString());
            }
        }
    }

    @Test
    void shouldStreamToASubscriberWhoseTokenCameInConnectionInit() throws InterruptedException {
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws(), Tokens.reader())) {
            socket.subscribe("reader", EVENTS);
            Thread.sleep(300);
            String alliance = Fixtures.alliance(Fixtures.unique("closed"));
            JsonNode event = socket.nextResult(10);
            assertNotNull(event, "the event arrives");
            assertEquals("next", event.path("type").asText(), event.toString());
            assertEquals(alliance, event.path("data").path("networkChanged").path("nodeId").asText());
            assertEquals("ALLIANCE_FORMED", event.path("data").path("networkChanged").path("kind").asText());
        }
    }

    private URI ws() {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }
}
