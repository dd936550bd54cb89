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
        // At most one statement per list in the document: the companies page and its count,
        // memberships, alliances, members, member companies, investments and investees. Companies
        // share one per-request cache, so a bigger page may even need fewer (investees already seen).
        assertTrue(statementsForTen <= 8, "ten companies took " + statementsForTen + " statements");
        assertTrue(statementsForFifty <= statementsForTen,
                "statements must not grow with the page size: 10 -> " + statementsForTen + ", 50 -> " + statementsForFifty);
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
