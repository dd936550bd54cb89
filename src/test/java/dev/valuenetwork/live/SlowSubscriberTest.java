package dev.valuenetwork.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading its socket is cut off once a bound of bytes waits for it, and
 * meanwhile holds up nobody else; subscriptions per socket are capped. Uses a raw socket for the
 * stalled client, so nothing in between reads for it.
 */
@QuarkusTest
@TestProfile(SlowSubscriberTest.Bounds.class)
@WithTestResource(EmbeddedPostgresResource.class)
class SlowSubscriberTest {

    public static class Bounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("valuenetwork.live.max-pending-bytes", "32768",
                    "valuenetwork.live.max-subscriptions-per-connection", "5");
        }
    }

    private static final String SUBSCRIPTION = "subscription { networkChanged { kind nodeId actor at"
            + " node { id ... on Company { name description } } } }";

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void aSocketHoldsOnlySoManySubscriptions() {
        try (GraphQLSocket socket = GraphQLSocket.connect(GraphQLSocket.Protocol.TRANSPORT_WS, ws(), null)) {
            for (int i = 1; i <= 6; i++) {
                socket.subscribe("s" + i, SUBSCRIPTION);
            }
            JsonNode refused = socket.nextResult(10);
            assertNotNull(refused, "the sixth subscription is answered");
            assertEquals("s6", refused.path("id").asText());
            assertEquals("RATE_LIMITED", refused.path("errors").path(0).path("extensions").path("code").asText(),
                    refused.toString());
        }
    }

    @Test
    void aStalledSocketIsClosedWhileOthersKeepUp() throws Exception {
        String editor = Tokens.editor();
        try (GraphQLSocket normal = GraphQLSocket.connect(GraphQLSocket.Protocol.TRANSPORT_WS, ws(), null);
                Socket stalled = new Socket()) {
            normal.subscribe("n", SUBSCRIPTION);
            stalled.setReceiveBufferSize(2048);
            stalled.connect(new java.net.InetSocketAddress(http.getHost(), http.getPort()));
            handshake(stalled);
            for (int i = 1; i <= 5; i++) {
                send(stalled, "{\"type\":\"subscribe\",\"id\":\"x" + i + "\",\"payload\":{\"query\":\"" + SUBSCRIPTION + "\"}}");
            }
            Thread.sleep(500); // the subscriptions are set up; from here the stalled client never reads

            String description = "a company created to fill a stalled socket ".repeat(25);
            List<Long> delays = new ArrayList<>();
            int mutations = 60;
            for (int i = 0; i < mutations; i++) {
                long sent = System.nanoTime();
                GraphQL.as(editor, "mutation($in: CreateCompanyInput!) { createCompany(input: $in) { slug } }",
                        "in", Map.of("slug", "slow-" + System.nanoTime(), "name", "Slow " + i, "kind", "OTHER",
                                "description", description))
                        .body("errors", org.hamcrest.Matchers.nullValue());
                JsonNode event = normal.nextResult(10);
                assertNotNull(event, "the normal subscriber got event " + i);
                delays.add((normal.lastArrival() - sent) / 1_000_000);
            }
            String metrics = given().get("/q/metrics").then().extract().asString();
            assertTrue(metrics.matches("(?s).*graphql_websocket_closed_slow_total [1-9].*"), "the stalled socket was closed");
            assertTrue(endsWithin(stalled, 15_000), "the server ended the stalled connection");
            delays.sort(null);
            System.out.printf("[slow-subscriber] %d mutations; the normal subscriber's delay p50 %d ms, max %d ms%n",
                    mutations, delays.get(delays.size() / 2), delays.get(delays.size() - 1));
        }
    }

    private URI ws() {
        return URI.create("ws://" + http.getHost() + ":" + http.getPort() + "/graphql");
    }

    private static void handshake(Socket socket) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        assertTrue(head.toString().startsWith("HTTP/1.1 101"), head.toString());
        send(socket, "{\"type\":\"connection_init\"}");
        byte[] ack = new byte[2];
        assertEquals(2, in.readNBytes(ack, 0, 2));
        in.readNBytes(ack[1] & 0x7f); // {"type":"connection_ack"}
    }

    /** A masked text frame, as a client must send it. */
    private static void send(Socket socket, String text) throws Exception {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        socket.getOutputStream().write(frame.toByteArray());
        socket.getOutputStream().flush();
    }

    /** Reads and discards until the server ends the connection, or the time runs out. */
    private static boolean endsWithin(Socket socket, int millis) throws Exception {
        socket.setSoTimeout(millis);
        byte[] sink = new byte[65536];
        long deadline = System.currentTimeMillis() + millis;
        try {
            while (System.currentTimeMillis() < deadline) {
                if (socket.getInputStream().read(sink) < 0) {
                    return true;
                }
            }
        } catch (SocketException reset) {
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
        return false;
    }
}
