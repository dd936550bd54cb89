package dev.valuenetwork.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads over GET carry an entity tag: 304 for a repeat until a change commits; public or private; never on errors. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HttpCachingTest {

    private static final String QUERY = "query Cached { company(slug: \"kt\") { id name } }";

    @Test
    void aRepeatedGetIsNotModifiedUntilAChangeCommits() {
        String etag = get(null).statusCode(200).header("Cache-Control", startsWith("public, max-age="))
                .header("ETag", startsWith("W/\"")).body("data.company.name", equalTo("KT")).extract().header("ETag");
        given().accept(GraphQL.ACCEPT).queryParam("query", QUERY).header("If-None-Match", etag).get("/graphql").then()
                .statusCode(304).header("ETag", equalTo(etag)).body(equalTo(""));

        GraphQL.as(Tokens.editor(), "mutation($in: CreateCompanyInput!) { createCompany(input: $in) { slug } }",
                "in", Map.of("slug", "cache-" + System.nanoTime(), "name", "Cache Breaker", "kind", "OTHER"))
                .body("errors", nullValue());

        String after = given().accept(GraphQL.ACCEPT).queryParam("query", QUERY).header("If-None-Match", etag)
                .get("/graphql").then().statusCode(200).body("data.company.name", equalTo("KT")).extract().header("ETag");
        assertNotEquals(etag, after, "a committed change gives every read a new tag");
    }

    @Test
    void answersToTokensArePrivateAndErrorsAndPostsAreNotCached() {
        get(Tokens.reader()).statusCode(200).header("Cache-Control", startsWith("private"));
        given().accept(GraphQL.ACCEPT).queryParam("query", "{ company(slug: \"nobody\") { name } timeline(slug: \"nobody\") { kind } }")
                .get("/graphql").then().statusCode(200).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
        GraphQL.send(QUERY).statusCode(200).header("ETag", nullValue()).header("Cache-Control", not(startsWith("public")));
    }

    private static io.restassured.response.ValidatableResponse get(String token) {
        var request = given().accept(GraphQL.ACCEPT).queryParam("query", QUERY);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.get("/graphql").then();
    }
}
