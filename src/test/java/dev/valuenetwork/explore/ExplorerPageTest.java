package dev.valuenetwork.explore;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The explorer is served by the service itself, its script bundled at build time; the browser test is src/test/frontend/explorer.mjs. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ExplorerPageTest {

    @Test
    void shouldServeThePageAndItsBundleFromTheService() {
        given().redirects().follow(false).get("/explore?slug=kt").then().statusCode(302)
                .header("Location", equalTo("/explore/?slug=kt"));
        given().get("/explore/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Value network explorer"))
                .body(containsString("<script src=\"explorer.js\"></script>"))
                .body(not(containsString("https://")));
        given().get("/explore/explorer.js").then().statusCode(200)
                .body(containsString("cytoscape"))
                .body(containsString("query ExplorerNetwork"));
        given().get("/explore/explorer.css").then().statusCode(200);
    }
}
