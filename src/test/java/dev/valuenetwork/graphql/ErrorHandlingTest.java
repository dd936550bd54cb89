package dev.valuenetwork.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a coded GraphQL error, the right HTTP status, and never a stack trace or class name. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ErrorHandlingTest {

    /** company, twelve parents and slug: fourteen levels. */
    private static final String DEEP = nested(12);

    private static String nested(int parents) {
        return "{ company(slug: \"aws\") { " + "parent { ".repeat(parents) + "slug" + " }".repeat(parents) + " } }";
    }

    @Test
    void shouldAnswerAnUnparsableDocumentWith400AndACode() {
        GraphQL.requestError("{ company(slug: { name } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1));
    }

    @Test
    void shouldKeepHttp200ForLegacyJsonClients() {
        given().contentType(ContentType.JSON).accept("application/json")
                .body(Map.of("query", "{ company(slug: { name } }"))
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void shouldAnswerAnInvalidDocumentWith400() {
        GraphQL.requestError("{ company(slug: \"kt\") { noSuchField } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("noSuchField"));
    }

    @Test
    void shouldRefuseADocumentDeeperThanTheLimitBeforeRunningIt() {
        GraphQL.requestError(DEEP)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].extensions.limit", equalTo(12))
                .body("errors[0].extensions.actual", equalTo(14));
        // Twelve levels (company, ten parents, slug) are allowed.
        GraphQL.post(nested(10))
                .body("errors", nullValue()).body("data.company.parent.parent", nullValue());
    }

    @Test
    void shouldNameTheArgumentOfAMalformedLiteral() {
        GraphQL.requestError("{ company(slug: \"kt\") { memberships(asOf: \"2024-13\") { role } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("asOf"))
                .body("errors[0].message", equalTo("Argument 'asOf' has an invalid value '2024-13': expected a PartialDate"
                        + " such as \"2024\", \"2024-06\" or \"2024-06-15\", naming a real date."));
    }

    @Test
    void shouldRejectBadVariablesBeforeExecution() {
        String document = "query($d: PartialDate) { company(slug: \"kt\") { memberships(asOf: $d) { role } } }";
        GraphQL.requestError(document, "d", "June 2024").body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.requestError(document, "d", 2024).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void shouldAnswerAMalformedBodyWithBadRequest() {
        given().contentType(ContentType.JSON).body("not json").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body("{}").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldRefuseADocumentThatCouldReturnTooMuchBeforeTouchingTheDatabase() {
        // 100 companies x 100 memberships x 100 members x 100 investments: 100 million objects.
        GraphQL.requestError("{ companies(first: 100) { edges { node { memberships(first: 100) { alliance {"
                + " members(first: 100) { company { investmentsMade(first: 100) { purpose } } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors[0].extensions.limit", equalTo(2_000_000))
                .body("errors[0].extensions.actual", org.hamcrest.Matchers.greaterThan(2_000_000));
    }

    @Test
    void shouldReportTheCostOfEveryResponse() {
        GraphQL.post("{ companies(first: 10) { edges { node { memberships(first: 5) { role } } } } }")
                .body("extensions.cost.requestedQueryCost", equalTo(10 + 10 + 10 + 50));
    }

    @Test
    void shouldNeverLeakStackTracesClassNamesOrSql() {
        for (String document : new String[] {DEEP, "{ company(slug: { name } }", "{ node(id: \"@@@\") { id } }",
                "{ companies(first: 1000) { totalCount } }", "query($d: PartialDate) { company(slug: \"kt\") { memberships(asOf: $d) { role } } }"}) {
            String body = GraphQL.send(document, "d", Map.of("not", "a date")).extract().asString();
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Exception")));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("dev.valuenetwork")));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("java.")));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("SELECT")));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("\tat ")));
        }
    }

    @Test
    void shouldRefuseMembersOfTheWrongTypeInTheRequestBody() {
        for (Object operationName : new Object[] {42, true, List.of("A"), Map.of("a", 1)}) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("query", "query A { company(slug: \"kt\") { name } }"));
            body.put("operationName", operationName);
            given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(body)
                    .post("/graphql").then().statusCode(400).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", equalTo("'operationName' must be a string."));
        }
        given().contentType(ContentType.JSON).body(Map.of("query", 7)).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldRefuseIntsOutOfRangeInsteadOfWrappingThem() {
        for (String first : new String[] {"-2147483649", "2147483648"}) {
            // refused by validation (400), by the cost rule (400) or by the field (200 with the field's error)
            given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                    .body(Map.of("query", "{ company(slug: \"kt\") { memberships(first: " + first + ") { role } } }"))
                    .post("/graphql").then()
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.oneOf("INVALID_ARGUMENT", "QUERY_TOO_COSTLY"))
                    .body("errors[0].message", containsString(first));
        }
    }

    @Test
    void shouldAnswerAStringForAnIntWithACodedErrorOnly() {
        List<String> codes = GraphQL.send("query($n: Int) { companies(first: $n) { totalCount } }", "n", "ten")
                .extract().jsonPath().getList("errors.extensions.code");
        org.junit.jupiter.api.Assertions.assertTrue(codes.contains("INVALID_ARGUMENT"), codes.toString());
        org.junit.jupiter.api.Assertions.assertFalse(codes.contains("INTERNAL_ERROR"), codes.toString());
    }

    @Test
    void shouldRefuseTextTheDatabaseCannotHoldAtTheEdge() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ company(slug: \"a\\u0000b\") { name } }")).post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        for (String text : new String[] {"a\u0000b", "a\ud800b", "\udc00"}) {
            given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                    .body(Map.of("query", "query($s: String!) { company(slug: $s) { name } }", "variables", Map.of("s", text)))
                    .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        }
    }

    @Test
    void shouldRefuseTheYearZero() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ investments(filter: {from: \"0000\"}) { totalCount } }")).post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "query($d: PartialDate) { investments(filter: {from: $d}) { totalCount } }",
                        "variables", Map.of("d", "0000"))).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void shouldServeGraphiqlAndTheSchema() {
        given().get("/q/graphql-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Company implements Node"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI endpoint;

    @Test
    void shouldRefuseABatchWithACode() {
        given().contentType(ContentType.JSON).body("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]")
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("Batched requests"));
    }

    @Test
    void shouldRefuseAPostWithoutAContentType() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(endpoint)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(400, response.statusCode());
        org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("\"BAD_REQUEST\""), response.body());
        // text/plain is what a cross-site form can send without a preflight
        given().contentType("text/plain").body("{\"query\":\"{ __typename }\"}").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldLetBrowserFrontendsOnOtherOriginsCall() {
        given().header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.com"))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
        // what tracing and Apollo Client add to a browser's requests
        String clientHeaders = "content-type,traceparent,tracestate,baggage,sentry-trace,apollographql-client-name,"
                + "apollographql-client-version,x-request-id";
        given().header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", clientHeaders)
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.com"))
                .header("Access-Control-Allow-Headers", containsString("traceparent"))
                .header("Access-Control-Allow-Headers", containsString("apollographql-client-version"))
                .header("Access-Control-Allow-Headers", containsString("sentry-trace"));
        given().header("Origin", "https://app.example.com").contentType(ContentType.JSON)
                .body(Map.of("query", "{ company(slug: \"kt\") { name } }")).post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue()).body("data.company.name", equalTo("KT"));
    }

    @Test
    void shouldAcceptGetRequests() {
        given().queryParam("query", "{ company(slug: \"kt\") { name } }").get("/graphql").then().statusCode(200)
                .body("data.company.name", equalTo("KT")).body("errors", nullValue());
    }
}
