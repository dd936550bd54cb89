package dev.valuenetwork.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.support.Database;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Companies, people, alliances, products and sources: each mutation's success and each error it can return. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class NodeMutationTest {

    static final String ARTICLE = java.util.Base64.getUrlEncoder().withoutPadding()
            .encodeToString("Source:dt-2024-08-telco-alliances".getBytes());
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final String CREATE_COMPANY = """
            mutation($in: CreateCompanyInput!) { createCompany(input: $in) {
              id slug name nameKo aliases kind country version updatedBy createdAt parent { slug } sources { title } } }""";
    static final String UPDATE_COMPANY = """
            mutation($in: UpdateCompanyInput!) { updateCompany(input: $in) { id name nameKo country description version } }""";
    static final String DELETE_COMPANY = "mutation($id: ID!, $v: Int) { deleteCompany(id: $id, version: $v) { deletedId } }";

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    static String createCompany(String slug) {
        return GraphQL.as(Tokens.editor(), CREATE_COMPANY, "in", Map.of("slug", slug, "name", "Test " + slug, "kind", "AI_STARTUP"))
                .body("errors", nullValue()).extract().path("data.createCompany.id");
    }

    @Test
    void shouldCreateACompanyWithSourcesGivenInline() {
        String slug = unique("new-co");
        GraphQL.as(Tokens.editor(), CREATE_COMPANY, "in", Map.of("slug", slug, "name", "New Co", "nameKo", "뉴코",
                "aliases", List.of("NC"), "kind", "AI_STARTUP", "country", "KR", "parentId", "Q29tcGFueTpsZy1jb3Jw",
                "sources", List.of(Map.of("source", Map.of("key", slug + "-press", "title", "New Co launches", "publisher",
                        "Example Wire", "publishedOn", "2026-11"), "excerpt", "New Co launched today."))))
                .body("errors", nullValue())
                .body("data.createCompany.slug", equalTo(slug))
                .body("data.createCompany.version", equalTo(0))
                .body("data.createCompany.updatedBy", equalTo("erin-editor"))
                .body("data.createCompany.createdAt", notNullValue())
                .body("data.createCompany.parent.slug", equalTo("lg-corp"))
                .body("data.createCompany.sources[0].title", equalTo("New Co launches"));
        GraphQL.post("{ search(text: \"뉴코\") { node { ... on Company { slug } } } }").body("data.search.node.slug", hasItem(slug));
    }

    @Test
    void shouldRejectInvalidInputAndWriteNothing() {
        invalid(CREATE_COMPANY, Map.of("slug", "Not A Slug", "name", "X", "kind", "OTHER"), "input.slug");
        invalid(CREATE_COMPANY, Map.of("slug", unique("x"), "name", "X", "kind", "OTHER", "country", "Korea"), "input.country");
        invalid(CREATE_COMPANY, Map.of("slug", unique("x"), "name", "", "kind", "OTHER"), "input.name");
        invalid(CREATE_COMPANY, Map.of("slug", unique("x"), "name", "X", "kind", "OTHER", "sources",
                List.of(Map.of("sourceId", ARTICLE, "source", Map.of("title", "t", "publisher", "p")))), "input.sources[0]");
    }

    @Test
    void shouldRefuseATakenSlugAcrossTheNamespace() {
        String before = Database.fingerprint();
        GraphQL.as(Tokens.editor(), CREATE_COMPANY, "in", Map.of("slug", "ryu-young-sang", "name", "X", "kind", "OTHER"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.argument", equalTo("input.slug"));
        GraphQL.as(Tokens.editor(), CREATE_COMPANY, "in", Map.of("slug", "kt", "name", "X", "kind", "OTHER"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        assertEquals(before, Database.fingerprint());
    }

    @Test
    void shouldUpdateClearAndDetectStaleVersions() {
        String id = createCompany(unique("upd"));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", id, "version", 0, "name", "Renamed", "country", "US",
                "description", "Now described"))
                .body("errors", nullValue())
                .body("data.updateCompany.name", equalTo("Renamed"))
                .body("data.updateCompany.version", equalTo(1));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", id, "version", 1, "clear", List.of("description")))
                .body("data.updateCompany.description", nullValue())
                .body("data.updateCompany.country", equalTo("US"))
                .body("data.updateCompany.version", equalTo(2));
        String before = Database.fingerprint();
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", id, "version", 1, "name", "Lost update"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(2));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", id, "version", 2, "clear", List.of("name")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", id, "version", 2, "country", "XX"))
                .body("errors[0].extensions.argument", equalTo("input.country"));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", "Q29tcGFueTpub3BlLW5vcGU", "version", 0, "name", "X"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.as(Tokens.editor(), UPDATE_COMPANY, "in", Map.of("id", "UGVyc29uOnJ5dS15b3VuZy1zYW5n", "version", 0))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("input.id"));
        assertEquals(before, Database.fingerprint());
    }

    @Test
    void shouldDeleteUnreferencedAndNameWhatStillRefers() {
        String id = createCompany(unique("del"));
        String before = Database.fingerprint();
        GraphQL.as(Tokens.admin(), DELETE_COMPANY, "id", "Q29tcGFueTpzay10ZWxlY29t")
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("membership(s)"))
                .body("errors[0].extensions.references", hasItem(containsString("investment(s)")));
        GraphQL.as(Tokens.admin(), DELETE_COMPANY, "id", id, "v", 7).body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.as(Tokens.admin(), DELETE_COMPANY, "id", "Q29tcGFueTpub3BlLW5vcGU").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertEquals(before, Database.fingerprint());
        GraphQL.as(Tokens.admin(), DELETE_COMPANY, "id", id, "v", 0).body("data.deleteCompany.deletedId", equalTo(id));
        GraphQL.named("node", "id", id).body("data.node", nullValue());
    }

    @Test
    void shouldEditPeopleAlliancesProductsAndSources() {
        String person = GraphQL.as(Tokens.editor(), "mutation($in: CreatePersonInput!) { createPerson(input: $in) { id version } }",
                "in", Map.of("slug", unique("person"), "name", "Kim Test", "nameKo", "김테스트"))
                .body("errors", nullValue()).extract().path("data.createPerson.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdatePersonInput!) { updatePerson(input: $in) { name version } }",
                "in", Map.of("id", person, "version", 0, "name", "Kim Tested")).body("data.updatePerson.version", equalTo(1));
        String alliance = GraphQL.as(Tokens.editor(), "mutation($in: CreateAllianceInput!) { createAlliance(input: $in) { id status } }",
                "in", Map.of("slug", unique("alliance"), "name", "Test Alliance", "kind", "ALLIANCE", "status", "ACTIVE",
                        "formedOn", "2025", "sources", List.of(Map.of("sourceId", ARTICLE))))
                .body("errors", nullValue()).extract().path("data.createAlliance.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateAllianceInput!) { updateAlliance(input: $in) { status endedOn } }",
                "in", Map.of("id", alliance, "version", 0, "status", "ENDED", "endedOn", "2024"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("input.endedOn"));
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateAllianceInput!) { updateAlliance(input: $in) { status endedOn } }",
                "in", Map.of("id", alliance, "version", 0, "status", "ENDED", "endedOn", "2026-01"))
                .body("data.updateAlliance.status", equalTo("ENDED"));
        String product = GraphQL.as(Tokens.editor(), "mutation($in: CreateProductInput!) { createProduct(input: $in) { id owner { __typename } } }",
                "in", Map.of("slug", unique("product"), "name", "Test Model", "kind", "AI_MODEL", "status", "PLANNED",
                        "ownerId", alliance, "sources", List.of(Map.of("sourceId", ARTICLE))))
                .body("data.createProduct.owner.__typename", equalTo("Alliance")).extract().path("data.createProduct.id");
        GraphQL.as(Tokens.editor(), "mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }",
                "in", Map.of("slug", unique("product"), "name", "Uncited", "kind", "AI_MODEL", "status", "PLANNED",
                        "ownerId", alliance, "sources", List.of()))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("input.sources"));
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateProductInput!) { updateProduct(input: $in) { status } }",
                "in", Map.of("id", product, "version", 0, "status", "LAUNCHED")).body("data.updateProduct.status", equalTo("LAUNCHED"));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteAlliance(id: $id) { deletedId } }", "id", alliance)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteProduct(id: $id) { deletedId } }", "id", product)
                .body("data.deleteProduct.deletedId", equalTo(product));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteAlliance(id: $id) { deletedId } }", "id", alliance)
                .body("data.deleteAlliance.deletedId", equalTo(alliance));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deletePerson(id: $id) { deletedId } }", "id", person)
                .body("data.deletePerson.deletedId", equalTo(person));
        String source = GraphQL.as(Tokens.editor(), "mutation($in: SourceInput!) { createSource(input: $in) { id key } }",
                "in", Map.of("title", "A filing", "publisher", "Regulator", "url", "https://example.com/filing", "language", "en"))
                .body("errors", nullValue()).extract().path("data.createSource.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateSourceInput!) { updateSource(input: $in) { url } }",
                "in", Map.of("id", source, "version", 0, "url", "ftp://nope")).body("errors[0].extensions.argument", equalTo("input.url"));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteSource(id: $id) { deletedId } }", "id", ARTICLE)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteSource(id: $id) { deletedId } }", "id", source)
                .body("data.deleteSource.deletedId", equalTo(source));
    }

    static ValidatableResponse invalid(String mutation, Map<String, Object> input, String argument) {
        String before = Database.fingerprint();
        ValidatableResponse response = GraphQL.as(Tokens.editor(), mutation, "in", input)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo(argument))
                .body("data", anyOf(nullValue(), not(hasValue(notNullValue())))); // the field, or the whole request, null
        assertEquals(before, Database.fingerprint(), "nothing written");
        return response;
    }
}
