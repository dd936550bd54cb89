package dev.valuenetwork.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.GraphQLSocket.Protocol;
import dev.valuenetwork.support.ServiceJar;
import dev.valuenetwork.support.Tokens;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one database, configured as production is (their own token key, no
 * development key): a mutation committed through one reaches a subscriber of the other. It also
 * measures that delay and prints it; the test asserts delivery, not speed (the machine is noisy).
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "https://issuer.example";
    private static final int WARM_UP = 10;
    private static final int MEASURED = 100;

    @TempDir
    Path work;

    @Test
    void shouldDeliverAChangeMadeThroughOneInstanceToSubscribersOfTheOther() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        Path publicKey = work.resolve("issuer-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        String editor = Tokens.signed(key.getPrivate(), ISSUER, "erin-editor", Set.of("editor"));

        Map<String, String> env = new java.util.HashMap<>(ServiceJar.database(EmbeddedPostgresResource.createDatabase("two_instances")));
        env.put("VALUENETWORK_TOKEN_ISSUER", ISSUER);
        String trustKey = "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri();
        int writerPort = ServiceJar.freePort();
        int readerPort = ServiceJar.freePort();
        Process writer = ServiceJar.serve(writerPort, work.resolve("writer.log"), env, trustKey);
        Process reader = ServiceJar.serve(readerPort, work.resolve("reader.log"), env, trustKey);
        try {
            ServiceJar.awaitReady(writerPort, writer);
            ServiceJar.awaitReady(readerPort, reader);
            try (GraphQLSocket subscriber = GraphQLSocket.connect(Protocol.TRANSPORT_WS,
                    URI.create("ws://127.0.0.1:" + readerPort + "/graphql"), null)) {
                subscriber.subscribe("all", "subscription { networkChanged { kind nodeId actor node { ... on Company { slug } } } }");
                Thread.sleep(500);
                List<Double> afterCommit = new ArrayList<>();
                List<Double> afterRequest = new ArrayList<>();
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    String slug = "two-instances-" + i;
                    long sent = System.nanoTime();
                    String response = ServiceJar.post(writerPort, create(slug), editor);
                    long committed = System.nanoTime();
                    assertTrue(response.contains("\"" + slug + "\"") && !response.contains("\"errors\""), response);

                    JsonNode event = subscriber.nextResult(10);
                    assertNotNull(event, "the event for " + slug + " reaches the other instance");
                    JsonNode change = event.path("data").path("networkChanged");
                    assertEquals("ENTITY_CREATED", change.path("kind").asText());
                    assertEquals("erin-editor", change.path("actor").asText());
                    assertEquals(slug, change.path("node").path("slug").asText(), "the other instance reads the committed row");
                    if (i >= WARM_UP) {
                        afterCommit.add((subscriber.lastArrival() - committed) / 1e6);
                        afterRequest.add((subscriber.lastArrival() - sent) / 1e6);
                    }
                }
                System.out.printf("[live-delay] %d mutations through instance A, events at a subscriber of instance B:%n"
                        + "[live-delay]   from the mutation's response (committed) to the event: %s%n"
                        + "[live-delay]   from sending the mutation to the event:                %s%n",
                        MEASURED, summary(afterCommit), summary(afterRequest));
            }
        } finally {
            ServiceJar.stop(writer);
            ServiceJar.stop(reader);
        }
    }

    private static String create(String slug) throws Exception {
        return JSON.writeValueAsString(Map.of("query", "mutation($in: CreateCompanyInput!) { createCompany(input: $in) { slug } }",
                "variables", Map.of("in", Map.of("slug", slug, "name", "Two Instances " + slug, "kind", "OTHER"))));
    }

    /** Percentiles in milliseconds; negative means the event arrived before the HTTP response did. */
    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms, min %.1f ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1), sorted.get(0));
    }
}
