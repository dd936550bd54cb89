package dev.valuenetwork.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posts GraphQL documents over real HTTP, as a frontend would. */
public final class GraphQL {

    /** What current clients send (graphql-http, urql, Apollo Client 4): the spec's media type first. */
    public static final String ACCEPT = "application/graphql-response+json, application/json;q=0.9";

    private GraphQL() {
    }

    /** Posts a document kept in src/test/resources/graphql/{name}.graphql. */
    public static ValidatableResponse named(String name, Object... variables) {
        return post(document(name), variables);
    }

    /** Posts a document; variables alternate name and value. Expects HTTP 200. */
    public static ValidatableResponse post(String document, Object... variables) {
        return send(document, variables).statusCode(200).contentType(ContentType.JSON);
    }

    /**
     * Posts a document that fails before execution (unparsable, invalid, bad variables, over a
     * limit): the GraphQL-over-HTTP spec answers it with 400 and application/graphql-response+json.
     */
    public static ValidatableResponse requestError(String document, Object... variables) {
        return send(document, variables).statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/graphql-response+json"))
                .body("data", org.hamcrest.Matchers.nullValue());
    }

    /** Posts a document with a bearer token (null for none). Expects HTTP 200. */
    public static ValidatableResponse as(String token, String document, Object... variables) {
        return sendAs(token, document, variables).statusCode(200).contentType(ContentType.JSON);
    }

    /** Posts a document with a bearer token (null for none) and leaves the status to the caller. */
    public static ValidatableResponse sendAs(String token, String document, Object... variables) {
        var request = given().contentType(ContentType.JSON).accept(ACCEPT).body(body(document, variables));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then();
    }

    /** Posts a document and leaves the status to the caller. */
    public static ValidatableResponse send(String document, Object... variables) {
        return given().contentType(ContentType.JSON).accept(ACCEPT).body(body(document, variables)).post("/graphql").then();
    }

    private static Map<String, Object> body(String document, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return body;
    }

    public static String document(String name) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No test document graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
