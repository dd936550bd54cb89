package dev.valuenetwork.graphql;

import static io.restassured.RestAssured.given;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SchemaSpikeTest {

    @Test
    void dumpSchema() throws Exception {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/spike-schema.graphql"), sdl);
        String q = Files.readString(Path.of("target/spike-query.graphql"));
        String body = given().contentType("application/json").body(java.util.Map.of("query", q))
                .post("/graphql").then().extract().asString();
        Files.writeString(Path.of("target/spike-result.json"), body);
    }
}
