package dev.valuenetwork.support;

import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rows that writing tests create for themselves, so that they never change the seed records that
 * read tests check (all test classes share one database).
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A slug no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new active alliance; returns its global id. */
    public static String alliance(String slug) {
        return GraphQL.as(Tokens.editor(), "mutation($in: CreateAllianceInput!) { createAlliance(input: $in) { id } }",
                "in", Map.of("slug", slug, "name", "Test " + slug, "kind", "ALLIANCE", "status", "ACTIVE"))
                .body("errors", nullValue()).extract().path("data.createAlliance.id");
    }
}
