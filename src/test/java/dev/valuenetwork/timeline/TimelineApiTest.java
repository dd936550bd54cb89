package dev.valuenetwork.timeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TimelineApiTest {

    private static final String TIMELINE = """
            query($slug: String!, $from: PartialDate, $to: PartialDate) {
              timeline(slug: $slug, from: $from, to: $to) {
                date kind summary nodes { __typename ... on Company { slug } ... on Alliance { slug } } sources { title }
              }
            }""";

    @Test
    void shouldListACompanysDatedEventsInOrder() {
        GraphQL.post(TIMELINE, "slug", "lg-uplus")
                .body("errors", nullValue())
                .body("data.timeline.date", contains("2024-02", "2024-04"))
                // Ties promised and explored are status changes, not signings or joinings.
                .body("data.timeline.kind", contains("STATUS_CHANGED", "STATUS_CHANGED"))
                .body("data.timeline[0].summary", equalTo("LG Uplus–AWS Partnership: cooperation promised"))
                .body("data.timeline[1].summary", equalTo("LG Uplus–Meta Partnership: cooperation explored"))
                .body("data.timeline.sources", everyItem(not(empty())));
        GraphQL.post(TIMELINE, "slug", "kt")
                // The hiring plan (2024), the signing with Microsoft (3 June) and the CEO's trip to Europe (28 July).
                .body("data.timeline.kind", contains("FIGURE_REPORTED", "PARTNERSHIP_SIGNED", "ACTIVITY"))
                .body("data.timeline[0].summary", equalTo("KT hiring plan: about 1,000 person"));
    }

    @Test
    void shouldListAnAlliancesEvents() {
        // Formed by four on 2023-07-27 (their joining is the forming), SoftBank joining in February 2024, the
        // joint venture's contract the same month, then the figures: all dated by other reports but the figures.
        GraphQL.post(TIMELINE, "slug", "gtaa")
                .body("data.timeline.kind", contains("FORMED", "JOINED", "STATUS_CHANGED", "FIGURE_REPORTED", "FIGURE_REPORTED",
                        "FIGURE_REPORTED"))
                .body("data.timeline.date", contains("2023-07-27", "2024-02", "2024-02", "2024-06", "2024-06", "2024-08"))
                .body("data.timeline[1].summary", equalTo("SoftBank Corp. joined Global Telco AI Alliance"))
                .body("data.timeline.summary", hasItem("Global Telco AI Alliance subscribers: about 1,300,000,000 subscriber"));
    }

    @Test
    void shouldKeepToTheRequestedPeriod() {
        GraphQL.post(TIMELINE, "slug", "lg-uplus", "from", "2024-03").body("data.timeline", hasSize(1));
        // A partial date is its whole period: the 2024 investment totals may fall in June, so they stay.
        GraphQL.post(TIMELINE, "slug", "sk-telecom", "from", "2024-06", "to", "2024-06")
                .body("data.timeline.kind", contains("FIGURE_REPORTED", "FIGURE_REPORTED", "STATEMENT_MADE", "STATEMENT_MADE"))
                .body("data.timeline.summary", hasItem(org.hamcrest.Matchers.startsWith("Ryu Young-sang said \"The Global Telco AI")));
        GraphQL.post(TIMELINE, "slug", "sk-telecom", "from", "2025").body("data.timeline", hasSize(0));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownSlug() {
        GraphQL.post(TIMELINE, "slug", "no-such-thing")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.argument", equalTo("slug"));
        GraphQL.post(TIMELINE, "slug", "ryu-young-sang").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
