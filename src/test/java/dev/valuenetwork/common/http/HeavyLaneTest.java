package dev.valuenetwork.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.parser.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests run in the heavy lane: by their worst-case cost, unless their last run read little. */
class HeavyLaneTest {

    @Test
    void aCostlyDocumentIsHeavyUntilARunShowsItSmall() {
        assertFalse(GraphQLEndpoint.heavy(99_999, 100_000, -1), "below the heavy cost");
        assertTrue(GraphQLEndpoint.heavy(404_060, 100_000, -1), "never run: its cost decides");
        assertFalse(GraphQLEndpoint.heavy(404_060, 100_000, 46), "its last run read 46 rows");
        assertFalse(GraphQLEndpoint.heavy(404_060, 100_000, 999), "fewer than a hundredth of the heavy cost");
        assertTrue(GraphQLEndpoint.heavy(60_404_060, 100_000, 6_085), "its last run read 6,085 rows");
    }

    @Test
    void aDocumentRemembersItsLastRunPerOperationOnlyWithoutVariables() {
        DocumentCache.Checked plain = checked("query A { companies { edges { cursor } } } query B { alliances { totalCount } }");
        assertEquals(-1, plain.rowsLastRun("A"));
        plain.ran("A", 46);
        assertEquals(46, plain.rowsLastRun("A"));
        assertEquals(-1, plain.rowsLastRun("B"), "another operation of the document");
        plain.ran("NotInTheDocument", 5);
        assertEquals(-1, plain.rowsLastRun("NotInTheDocument"), "a name the document does not have is not kept");
        plain.ran("A", 30_806);
        assertEquals(30_806, plain.rowsLastRun("A"), "the last run, not the smallest");

        DocumentCache.Checked withVariables = checked("query($n: Int) { companies(first: $n) { totalCount } }");
        withVariables.ran(null, 46);
        assertEquals(-1, withVariables.rowsLastRun(null), "variables can change what it reads");
    }

    private static DocumentCache.Checked checked(String text) {
        return new DocumentCache.Checked(Parser.parse(text), List.of());
    }
}
