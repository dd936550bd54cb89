package dev.valuenetwork.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.GraphQLSocket;
import dev.valuenetwork.support.GraphQLSocket.Protocol;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a host whose default locale is German, errors keep their codes, their English messages and
 * their structured extensions: graphql-java has German messages, and the service must not pick
 * them up from the host. Each document differs from those of {@link ErrorHandlingTest} so that no
 * cached answer stands in for a fresh validation.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ErrorLocaleTest {

    private static Locale before;

    @TestHTTPResource("/graphql")
    URI http;

    @BeforeAll
    static void germanHost() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aMalformedLiteralNamesItsArgumentInEnglish() {
        GraphQL.requestError("query German { company(slug: \"kt\") { memberships(asOf: \"2024-14\") { role } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("asOf"))
                .body("errors[0].message", equalTo("Argument 'asOf' has an invalid value '2024-14': expected a PartialDate"
                        + " such as \"2024\", \"2024-06\" or \"2024-06-15\", naming a real date."));
    }

    @Test
    void anInputWithoutItsRequiredFieldsSaysWhichInEnglish() {
        GraphQL.requestError("mutation German { createCompany(input: {name: \"X\"}) { slug } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("input"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("Argument 'input' is missing required fields: "));
    }

    @Test
    void anUnknownFieldIsReportedInEnglish() {
        GraphQL.requestError("query German { company(slug: \"kt\") { nochEinFeld } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Field 'nochEinFeld' in type 'Company' is undefined"));
    }

    @Test
    void aBadVariableIsReportedInEnglish() {
        GraphQL.requestError("query German($d: PartialDate) { company(slug: \"kt\") { memberships(asOf: $d) { role } } }",
                        "d", "Juni 2024")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Variable 'd' has an invalid value"));
    }

    @Test
    void overWebSocketTheSameRewriteHolds() {
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        try (GraphQLSocket socket = GraphQLSocket.connect(Protocol.TRANSPORT_WS, ws, null)) {
            socket.subscribe("german", "subscription { networkChanged(slug: 5) { kind } }");
            JsonNode error = socket.nextResult(10);
            assertNotNull(error);
            assertEquals("error", error.path("type").asText());
            JsonNode first = error.path("errors").path(0);
            assertEquals("INVALID_ARGUMENT", first.path("extensions").path("code").asText(), error.toString());
            assertEquals("slug", first.path("extensions").path("argument").asText(), error.toString());
            assertEquals("Argument 'slug' has an invalid value '5': expected a value of type String.",
                    first.path("message").asText(), error.toString());
        }
    }
}
