package dev.valuenetwork.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client speaking either GraphQL subscription protocol, as a browser client
 * (graphql-ws / Apollo) would: the JDK's own client, so it shares nothing with the server.
 */
public final class GraphQLSocket implements AutoCloseable {

    /** The current protocol (graphql-ws library) and the legacy one (subscriptions-transport-ws). */
    public enum Protocol {
        TRANSPORT_WS("graphql-transport-ws", "subscribe", "next"),
        LEGACY_WS("graphql-ws", "start", "data");

        final String name;
        final String subscribe;
        final String next;

        Protocol(String name, String subscribe, String next) {
            this.name = name;
            this.subscribe = subscribe;
            this.next = next;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Protocol protocol;
    private final WebSocket socket;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    /** When each message arrived (System.nanoTime), in the same order. */
    private final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    private long lastArrival;

    private GraphQLSocket(Protocol protocol, URI uri) {
        this.protocol = protocol;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(protocol.name)
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener()).join();
    }

    /** Connects to ws://host:port/graphql and completes the connection_init handshake. */
    public static GraphQLSocket connect(Protocol protocol, URI uri, String token) {
        GraphQLSocket client = new GraphQLSocket(protocol, uri);
        ObjectNode init = JSON.createObjectNode().put("type", "connection_init");
        if (token != null) {
            init.putObject("payload").put("Authorization", "Bearer " + token);
        }
        client.send(init);
        JsonNode ack = client.nextMessage(10);
        if (ack == null || !"connection_ack".equals(ack.path("type").asText())) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return client;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Starts a subscription with the given id; variables alternate name and value. */
    public void subscribe(String id, String document, Object... variables) {
        ObjectNode message = JSON.createObjectNode().put("type", protocol.subscribe).put("id", id);
        ObjectNode payload = message.putObject("payload").put("query", document);
        ObjectNode vars = payload.putObject("variables");
        for (int i = 0; i < variables.length; i += 2) {
            vars.set((String) variables[i], JSON.valueToTree(variables[i + 1]));
        }
        send(message);
    }

    /**
     * The next result of any subscription (its {@code payload}, with {@code id} added), skipping
     * keep-alive pings; null when none arrives in time. Errors and completions are returned too.
     */
    public JsonNode nextResult(long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode message = left <= 0 ? null : poll(left);
            if (message == null) {
                return null;
            }
            String type = message.path("type").asText();
            if (type.equals(protocol.next) || type.equals("error") || type.equals("complete")) {
                JsonNode payload = message.path("payload");
                ObjectNode result = payload.isObject() ? ((ObjectNode) payload).deepCopy() : JSON.createObjectNode();
                if (payload.isArray()) {
                    result.set("errors", payload); // an "error" message carries the errors as its payload
                }
                result.put("id", message.path("id").asText());
                result.put("type", type);
                return result;
            }
            if (type.equals("ping")) {
                send(JSON.createObjectNode().put("type", "pong"));
            }
        }
    }

    /** When the last message returned by {@link #nextResult} arrived, as System.nanoTime. */
    public long lastArrival() {
        return lastArrival;
    }

    private JsonNode poll(long nanos) {
        try {
            JsonNode message = messages.poll(nanos, TimeUnit.NANOSECONDS);
            if (message != null) {
                lastArrival = arrivals.take();
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private JsonNode nextMessage(long seconds) {
        return poll(TimeUnit.SECONDS.toNanos(seconds));
    }

    private void send(JsonNode message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    arrivals.add(now);
                    messages.add(message);
                } catch (JsonProcessingException e) {
                    arrivals.add(now);
                    messages.add(JSON.createObjectNode().put("type", "unreadable").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
