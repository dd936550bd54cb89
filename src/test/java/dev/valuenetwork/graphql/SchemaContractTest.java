package dev.valuenetwork.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema is a contract with frontends: docs/schema.graphql is its committed copy, so every
 * change shows up in review. Run with -Dvaluenetwork.schema.update=true to accept a change.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SchemaContractTest {

    private static final Path COMMITTED = Path.of("docs", "schema.graphql");

    @Test
    void shouldServeExactlyTheCommittedSchema() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("valuenetwork.schema.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertTrue(Files.exists(COMMITTED), "docs/schema.graphql is missing; run the tests with -Dvaluenetwork.schema.update=true");
        assertEquals(Files.readString(COMMITTED), served,
                "The served schema differs from docs/schema.graphql. If the change is deliberate, run the tests with"
                        + " -Dvaluenetwork.schema.update=true and commit the new docs/schema.graphql.");
    }

    @Test
    void shouldAnswerTheIntrospectionQueryOfGraphqlJs() {
        // The exact document GraphiQL, GraphQL Code Generator and graphql-inspector send.
        given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", GraphQL.document("introspection-graphql-js-16"), "operationName", "IntrospectionQuery"))
                .post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.__schema.queryType.name", org.hamcrest.Matchers.equalTo("Query"))
                .body("data.__schema.types.find { it.name == 'PartialDate' }.kind", org.hamcrest.Matchers.equalTo("SCALAR"));
    }

    @Test
    void shouldRefuseAnIntrospectionChainDeeperThanAnySchemaNeeds() {
        String chain = "{ __type(name: \"Company\") { " + "ofType { ".repeat(50) + "name" + " }".repeat(50) + " } }";
        given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", chain)).post("/graphql").then().statusCode(400)
                .body("data", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void shouldSayWhereEachCustomScalarIsSpecifiedAndDeclareNothingUnused() {
        for (Map.Entry<String, String> scalar : Map.of("PartialDate", "/graphql/scalars/PartialDate.md",
                "Decimal", "/graphql/scalars/Decimal.md",
                "DateTime", "https://scalars.graphql.org/andimarek/date-time").entrySet()) {
            GraphQL.post("{ __type(name: \"" + scalar.getKey() + "\") { specifiedByURL } }")
                    .body("data.__type.specifiedByURL", org.hamcrest.Matchers.equalTo(scalar.getValue()));
            if (scalar.getValue().startsWith("/")) {
                given().get(scalar.getValue()).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/markdown"))
                        .body(org.hamcrest.Matchers.startsWith("# " + scalar.getKey()));
            }
        }
        GraphQL.post("{ a: __type(name: \"BigDecimal\") { name } }").body("data.a", org.hamcrest.Matchers.nullValue());
        GraphQL.post("{ a: __type(name: \"BigInteger\") { name } }").body("data.a", org.hamcrest.Matchers.nullValue());
        // asking for __type more than once is graphql-java's "bad faith" introspection: a code, not a crash
        GraphQL.send("{ a: __type(name: \"Company\") { name } b: __type(name: \"Alliance\") { name } }")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("QUERY_TOO_COSTLY"));
    }

    @Test
    void shouldDescribeEveryTypeFieldArgumentAndValue() {
        List<Map<String, Object>> types = GraphQL.named("introspection").extract().jsonPath().getList("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__")) {
                continue;
            }
            missing(undescribed, name, type);
            for (String list : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : members(type, list)) {
                    String where = name + "." + member.get("name");
                    missing(undescribed, where, member);
                    for (Map<String, Object> argument : members(member, "args")) {
                        missing(undescribed, where + "(" + argument.get("name") + ")", argument);
                    }
                }
            }
        }
        assertEquals(List.of(), undescribed, "every type, field, argument and enum value needs a @Description");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(Map<String, Object> owner, String list) {
        Object value = owner.get(list);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void missing(List<String> undescribed, String where, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(where);
        }
    }
}
