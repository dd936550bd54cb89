package dev.valuenetwork.graphql;

import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trusted-documents mode: only the manifest's documents run, by hash or by text; anything else is refused with a code. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.TrustedOnly.class)
@WithTestResource(EmbeddedPostgresResource.class)
class TrustedDocumentsTest {

    public static class TrustedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("valuenetwork.graphql.persisted-documents.trusted-only", "true");
        }
    }

    @Test
    void onlyTheManifestsDocumentsRun() throws Exception {
        Map<String, String> manifest = new ObjectMapper().readValue(PersistedDocumentsTest.MANIFEST.toFile(),
                new TypeReference<Map<String, String>>() { });
        Map.Entry<String, String> network = manifest.entrySet().stream()
                .filter(e -> e.getValue().startsWith("query SkTelecomNetwork")).findFirst().orElseThrow();
        Map<String, Object> byHash = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", network.getKey()));

        post(Map.of("extensions", byHash)).statusCode(200).body("data.company.name", equalTo("SK Telecom"));
        post(Map.of("query", network.getValue())).statusCode(200).body("data.company.name", equalTo("SK Telecom"));

        // The explorer's documents, bundled with it, run too.
        Map<String, String> explorer = new ObjectMapper().readValue(Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources/explore/trusted-documents.json"), new TypeReference<Map<String, String>>() { });
        String networkOfTheExplorer = explorer.values().stream().filter(t -> t.startsWith("query ExplorerNetwork")).findFirst()
                .orElseThrow();
        post(Map.of("query", networkOfTheExplorer, "variables", Map.of("slug", "kt"))).statusCode(200)
                .body("data.network.nodes[0].slug", equalTo("kt"));

        post(Map.of("query", "{ company(slug: \"kt\") { name } }")).statusCode(400)
                .body("errors[0].extensions.code", equalTo("DOCUMENT_NOT_TRUSTED"));
        String other = "{ company(slug: \"kt\") { id } }";
        post(Map.of("query", other, "extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", PersistedDocumentsTest.sha256(other))))).statusCode(400)
                .body("errors[0].extensions.code", equalTo("DOCUMENT_NOT_TRUSTED"));
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash",
                PersistedDocumentsTest.sha256(other))))).statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return io.restassured.RestAssured.given().contentType(ContentType.JSON).accept(GraphQL.ACCEPT).body(body)
                .post("/graphql").then();
    }
}
