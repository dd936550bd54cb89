package dev.valuenetwork.graphql;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.dataset.DatasetImporter;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.SyntheticNetwork;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every relation is resolved in batches: the SQL statements one nested request issues depend on
 * the shape of the document, not on how many parents each level has.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BatchingTest {

    @Inject
    DatasetImporter importer;

    @BeforeEach
    void createNetwork() {
        importer.importDataset(SyntheticNetwork.of("batch", 80), "test", message -> { });
    }

    @Test
    void shouldIssueTheSameNumberOfStatementsForTenAndFiftyCompanies() {
        String after = startOfSyntheticCompanies();
        JsonPath ten = nested(10, after);
        JsonPath fifty = nested(50, after);
        int statementsForTen = ten.getInt("extensions.sqlStatements");
        int statementsForFifty = fifty.getInt("extensions.sqlStatements");
        org.jboss.logging.Logger.getLogger(BatchingTest.class).infof("Nested request SQL statements: page of 10 -> %d, page of 50 -> %d",
                statementsForTen, statementsForFifty);
        assertEquals(10, ten.getList("data.companies.edges").size());
        assertEquals(50, fifty.getList("data.companies.edges").size());
        List<Object> deepest = fifty.getList("data.companies.edges.node.memberships.alliance.members.company"
                + ".investmentsMade.investee.slug.flatten()");
        assertTrue(deepest.size() >= 1000, "the third level is populated: " + deepest.size());
        // One statement per list in the document, each joining the node its items point to: the
        // companies page, its count, memberships with their alliances, members with their
        // companies, investments with their investees.
        assertEquals(5, statementsForTen);
        assertEquals(5, statementsForFifty);
    }

    @Test
    void shouldCountOnlyWhenTheTotalIsSelected() {
        JsonPath page = GraphQL.post("{ companies(first: 5) { edges { node { slug } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(1, page.getInt("extensions.sqlStatements"));
        JsonPath counted = GraphQL.post("{ companies(first: 5) { totalCount edges { node { slug } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(2, counted.getInt("extensions.sqlStatements"));
        assertTrue(counted.getInt("data.companies.totalCount") >= 80);
    }

    @Test
    void shouldReadAPointLookupAndItsJoinedListInTwoStatements() {
        JsonPath company = GraphQL.post("{ company(slug: \"sk-telecom\") { name executives { title person { name } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(2, company.getInt("extensions.sqlStatements"));
        assertTrue(company.getList("data.company.executives.person.name").contains("Ryu Young-sang"));
    }

    @Test
    void shouldJoinTheOtherEndOnlyWhenSelectedAndAlsoThroughFragments() {
        String slug = "batch-co-001";
        JsonPath plain = GraphQL.post("{ company(slug: \"" + slug + "\") { memberships { role } } }")
                .body("errors", nullValue()).extract().jsonPath();
        JsonPath joined = GraphQL.post("query { company(slug: \"" + slug + "\") { memberships { ...M } } }"
                + " fragment M on Membership { role alliance { slug } }")
                .body("errors", nullValue()).extract().jsonPath();
        JsonPath separate = GraphQL.post("{ company(slug: \"" + slug + "\") { memberships { role alliance { slug } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(2, plain.getInt("extensions.sqlStatements"));
        assertEquals(2, joined.getInt("extensions.sqlStatements"));
        assertEquals(joined.getList("data.company.memberships.alliance.slug"),
                separate.getList("data.company.memberships.alliance.slug"));
        assertEquals(plain.getList("data.company.memberships.role"), joined.getList("data.company.memberships.role"));
        assertTrue(joined.getList("data.company.memberships").size() >= 1, "the synthetic company has memberships");
    }

    private static JsonPath nested(int first, String after) {
        return GraphQL.named("nested-companies", "first", first, "after", after)
                .body("errors", nullValue())
                .body("extensions.sqlStatements", greaterThan(0))
                .extract().jsonPath();
    }

    /** The cursor just before the synthetic companies, so both pages are full of populated rows. */
    private static String startOfSyntheticCompanies() {
        return dev.valuenetwork.common.paging.Cursor.encode("batch-co");
    }
}
