package dev.valuenetwork.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Apollo's automatic persisted queries over POST and GET, and the committed manifest of docs/ documents. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PersistedDocumentsTest {

    static final Path MANIFEST = Path.of("src", "main", "resources", "persisted-documents.json");

    @Test
    void anUnknownHashIsAskedForThenRegisteredWithItsText() throws Exception {
        String query = "query Apq" + System.nanoTime() + " { company(slug: \"kt\") { id name } }";
        Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query)));
        // the link first sends the hash alone
        post(Map.of("extensions", persisted), "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("PersistedQueryNotFound"));
        post(Map.of("extensions", persisted), GraphQL.ACCEPT).statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // then the text with its hash, which registers it
        post(Map.of("query", query, "extensions", persisted), GraphQL.ACCEPT).statusCode(200)
                .body("data.company.name", equalTo("KT"));
        // from then on the hash alone runs it, over POST and over GET
        post(Map.of("extensions", persisted), GraphQL.ACCEPT).statusCode(200).body("data.company.name", equalTo("KT"));
        given().accept(GraphQL.ACCEPT).queryParam("extensions", new ObjectMapper().writeValueAsString(persisted))
                .get("/graphql").then().statusCode(200).body("data.company.name", equalTo("KT"));
    }

    @Test
    void aHashThatIsNotTheTextsIsRefused() {
        post(Map.of("query", "{ company(slug: \"kt\") { name } }",
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64)))), GraphQL.ACCEPT)
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "0".repeat(64)))), GraphQL.ACCEPT)
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(Map.of("query", "{ __typename }", "extensions", "yes"), GraphQL.ACCEPT)
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void theDocumentsOfTheManifestRunByHash() throws Exception {
        Map<String, String> manifest = new ObjectMapper().readValue(MANIFEST.toFile(), new TypeReference<Map<String, String>>() { });
        for (Map.Entry<String, String> document : manifest.entrySet()) {
            if (document.getValue().startsWith("query") && !document.getValue().contains("auditLog")) { // that one needs an admin
                post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", document.getKey()))),
                        GraphQL.ACCEPT).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            }
        }
    }

    /**
     * The manifest is generated from docs/queries and docs/mutations: each document as a client
     * sends it (the file without its leading comment), keyed by its SHA-256. When a document
     * changes, this fails and writes the new manifest to target/ to copy over.
     */
    @Test
    void theCommittedManifestMatchesTheDocuments() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (String dir : List.of("docs/queries", "docs/mutations")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                    String text = Files.readString(file).replaceFirst("\\A(#[^\\n]*\\n)+", "").replaceFirst("\\n+\\z", "");
                    expected.put(sha256(text), text);
                }
            }
        }
        Map<String, String> committed = new TreeMap<>(new ObjectMapper().readValue(MANIFEST.toFile(),
                new TypeReference<Map<String, String>>() { }));
        if (!expected.equals(committed)) {
            Path generated = Path.of("target", "persisted-documents.json");
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(generated.toFile(), expected);
            assertEquals(expected.keySet(), committed.keySet(), "docs changed: copy " + generated + " to " + MANIFEST);
        }
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body, String accept) {
        return given().contentType(ContentType.JSON).accept(accept).body(body).post("/graphql").then();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
