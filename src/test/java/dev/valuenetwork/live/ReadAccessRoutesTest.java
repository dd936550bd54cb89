package dev.valuenetwork.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.GraphQLSocket.Protocol;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With reads-require-token, the table of every way a document reaches the GraphQL handler (both
 * paths, GET and POST, GETs carrying an Upgrade header, WebSocket in both protocols) by operation
 * type and token state: no data ever goes to a caller without a verified token.
 */
@QuarkusTest
@TestProfile(ReadsRequireTokenTest.ClosedReads.class)
@WithTestResource(EmbeddedPostgresResource.class)
class ReadAccessRoutesTest {

    private static final String QUERY = "{ company(slug: \"kt\") { name } }";
    private static final String MUTATION = "mutation { createCompany(input: {slug: \"closed-reads-probe\", name: \"Probe\","
            + " kind: OTHER}) { id } }";
    private static final String SUBSCRIPTION = "subscription { networkChanged { kind } }";

    /** An HTTP way in: a path, a method and extra headers. */
    private record Route(String path, String method, Map<String, String> headers) {
        @Override
        public String toString() {
            return method + " " + path + " " + headers;
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route("/graphql", "POST", Map.of()),
            new Route("/graphql/", "POST", Map.of()),
            new Route("/graphql", "GET", Map.of()),
            new Route("/graphql/", "GET", Map.of()),
            new Route("/graphql", "GET", Map.of("Upgrade", "foo")),
            new Route("/graphql/", "GET", Map.of("Upgrade", "foo", "Connection", "keep-alive, Upgrade")));

    /** GETs that ask for another protocol (HTTP/2 in clear text, broken WebSocket handshakes), sent as written. */
    private static final List<String> BROKEN_UPGRADES = List.of(
            "Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n",
            "Upgrade: websocket\r\n",
            "Upgrade: websocket\r\nConnection: Upgrade\r\n");

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void shouldAnswerNoHttpReadWithoutAVerifiedToken() {
        for (Route route : ROUTES) {
            for (String token : new String[] {null, Tokens.expired(), Tokens.foreign()}) {
                send(route, token, QUERY).statusCode(401).body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            }
            send(route, Tokens.reader(), QUERY).statusCode(200).body("errors", nullValue())
                    .body("data.company.name", equalTo("KT"));
        }
    }

    @Test
    void shouldAnswerNoGetWithABrokenUpgradeWithData() throws Exception {
        for (String upgrade : BROKEN_UPGRADES) {
            for (String path : new String[] {"/graphql", "/graphql/"}) {
                String answer = raw("GET " + path + "?query=%7B%20company(slug%3A%20%22kt%22)%20%7B%20name%20%7D%20%7D HTTP/1.1\r\n"
                        + "Host: localhost\r\n" + upgrade + "\r\n");
                // Refused outright, or (h2c) switched to HTTP/2 and then refused by the endpoint
                assertTrue(answer.startsWith("HTTP/1.1 4") || answer.contains("UNAUTHENTICATED"), upgrade + path + ": " + answer);
                assertTrue(!answer.contains("KT"), "no data: " + answer);
            }
        }
    }

    @Test
    void shouldRefuseMutationsWithoutATokenOnPostAndAlwaysOnGet() {
        for (Route route : ROUTES) {
            if (route.method().equals("GET")) {
                send(route, Tokens.editor(), MUTATION).statusCode(405).body("data", nullValue());
                continue;
            }
            send(route, null, MUTATION).statusCode(401).body("data", nullValue());
            send(route, Tokens.reader(), MUTATION).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN")).body("data.createCompany", nullValue());
        }
    }

    @Test
    void shouldServeSubscriptionsOnlyOverWebSocket() {
        for (Route route : ROUTES) {
            send(route, Tokens.reader(), SUBSCRIPTION).statusCode(400).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void shouldAnswerNoWebSocketOperationWithoutAToken() {
        for (Protocol protocol : Protocol.values()) {
            try (GraphQLSocket socket = GraphQLSocket.connect(protocol, ws(), null)) {
                for (String document : new String[] {QUERY, MUTATION, SUBSCRIPTION}) {
                    socket.subscribe(document.substring(0, 5), document);
                    JsonNode result = socket.nextResult(10);
                    assertNotNull(result, protocol + " answers " + document);
                    // graphql-ws sends an error as one object, graphql-transport-ws as a list
                    JsonNode error = result.has("errors") ? result.path("errors").path(0) : result;
                    assertEquals("UNAUTHENTICATED", error.path("extensions").path("code").asText(),
                            protocol + " " + document + ": " + result);
                    assertTrue(result.path("data").isMissingNode() || result.path("data").isNull()
                            || result.path("data").path("company").isNull() || result.path("data").path("createCompany").isNull(),
                            "no data: " + result);
                    if (!"error".equals(result.path("type").asText())) {
                        socket.nextResult(10); // the operation's completion
                    }
                }
            }
        }
    }

    @Test
    void shouldRefuseAWebSocketWithABadTokenAndServeOneWithAGoodToken() {
        for (Protocol protocol : Protocol.values()) {
            assertThrows(Throwable.class, () -> GraphQLSocket.connect(protocol, ws(), Tokens.expired()).close(),
                    protocol + " must not acknowledge an expired token");
            try (GraphQLSocket socket = GraphQLSocket.connect(protocol, ws(), Tokens.reader())) {
                socket.subscribe("query", QUERY);
                JsonNode result = socket.nextResult(10);
                assertNotNull(result);
                assertEquals("KT", result.path("data").path("company").path("name").asText(), result.toString());
            }
        }
    }

    private static ValidatableResponse send(Route route, String token, String document) {
        RequestSpecification request = given().headers(route.headers()).accept("application/graphql-response+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (route.method().equals("GET")) {
            return request.queryParam("query", document).get(route.path()).then();
        }
        return request.contentType("application/json").body(Map.of("query", document)).post(route.path()).then();
    }

    /** Sends a request as written and returns what comes back before the server closes or stops (1 s). */
    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(http.getHost(), http.getPort())) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                // the server keeps the connection open: what arrived is the answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private URI ws() {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }
}
