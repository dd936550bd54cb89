package dev.valuenetwork.alliance;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AllianceApiTest {

    @Test
    void shouldServeTheGlobalTelcoAiAllianceWithItsMembersFiguresAndJointVenture() {
        GraphQL.named("alliance", "slug", "gtaa")
                .body("errors", nullValue())
                .body("data.alliance.name", equalTo("Global Telco AI Alliance"))
                .body("data.alliance.kind", equalTo("ALLIANCE"))
                .body("data.alliance.status", equalTo("ACTIVE"))
                .body("data.alliance.members", hasSize(5))
                // The article dates no membership; the start dates are claims of other reports.
                .body("data.alliance.members.startKnown", everyItem(equalTo(true)))
                .body("data.alliance.members.sources", everyItem(hasSize(1)))
                .body("data.alliance.children.slug", containsInAnyOrder("gtaa-joint-venture"))
                .body("data.alliance.figures.find { it.metric == 'subscribers' }.value", equalTo("1300000000"))
                .body("data.alliance.figures.find { it.metric == 'subscribers' }.qualifier", equalTo("ABOUT"))
                .body("data.alliance.figures.find { it.metric == 'attendees' }.asOf", equalTo("2024-06"));
    }

    @Test
    void shouldServeThePlannedJointVentureAndItsProduct() {
        GraphQL.named("alliance", "slug", "gtaa-joint-venture")
                .body("data.alliance.kind", equalTo("JOINT_VENTURE"))
                .body("data.alliance.status", equalTo("PLANNED"))
                .body("data.alliance.parent.slug", equalTo("gtaa"))
                .body("data.alliance.members", hasSize(0))
                .body("data.alliance.products[0].slug", equalTo("telco-llm"))
                .body("data.alliance.products[0].status", equalTo("PLANNED"))
                .body("data.alliance.products[0].owner.__typename", equalTo("Alliance"));
    }

    @Test
    void shouldKeepEachPartnershipsStatusAsTheSourceWordsIt() {
        GraphQL.post("""
                { signed: alliance(slug: "kt-microsoft-partnership") { status formedOn }
                  promised: alliance(slug: "lg-uplus-aws-partnership") { status formedOn statusDetail }
                  explored: alliance(slug: "lg-uplus-meta-partnership") { status } }""")
                .body("data.signed.status", equalTo("ACTIVE"))
                // Two reports' 3 June (preferred) over the article's "last month" (July).
                .body("data.signed.formedOn", equalTo("2024-06-03"))
                .body("data.promised.status", equalTo("PROMISED"))
                // A promise is not a signing: the tie has a dated status, not a formation date.
                .body("data.promised.formedOn", nullValue())
                .body("data.explored.status", equalTo("EXPLORING"));
    }

    @Test
    void shouldTravelInTimeOverPartialDates() {
        // KT and Microsoft are partners since 2024-06-03 (the preferred claim): not yet in May, within
        // June as a whole, and within "2024".
        GraphQL.named("alliance", "slug", "kt-microsoft-partnership", "asOf", "2024-05").body("data.alliance.members", hasSize(0));
        GraphQL.named("alliance", "slug", "kt-microsoft-partnership", "asOf", "2024-06").body("data.alliance.members", hasSize(2));
        GraphQL.named("alliance", "slug", "kt-microsoft-partnership", "asOf", "2024").body("data.alliance.members", hasSize(2));
        GraphQL.named("alliance", "slug", "kt-microsoft-partnership", "asOf", "2023-12-31").body("data.alliance.members", hasSize(0));
        // Four founders from July 2023, SoftBank from February 2024.
        GraphQL.named("alliance", "slug", "gtaa", "asOf", "2023-08").body("data.alliance.members", hasSize(4));
        GraphQL.named("alliance", "slug", "gtaa", "asOf", "2024-03").body("data.alliance.members", hasSize(5));
        // A membership of unknown start counts as valid, and says its start is unknown.
        GraphQL.named("alliance", "slug", "k-ai-alliance", "asOf", "2001").body("data.alliance.members", hasSize(1))
                .body("data.alliance.members[0].startKnown", equalTo(false));
    }

    @Test
    void shouldAliasTheSameListWithDifferentDatesInOneRequest() {
        GraphQL.post("""
                { company(slug: "kt") {
                    before: memberships(asOf: "2024-05") { alliance { slug } }
                    after: memberships(asOf: "2024-08") { alliance { slug } } } }""")
                .body("errors", nullValue())
                .body("data.company.before.alliance.slug", containsInAnyOrder("kt-industry-academia-projects"))
                .body("data.company.after.alliance.slug",
                        containsInAnyOrder("kt-industry-academia-projects", "kt-microsoft-partnership"));
    }

    @Test
    void shouldRejectAMalformedDate() {
        GraphQL.requestError(GraphQL.document("alliance"), "slug", "gtaa", "asOf", "2024-13")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("2024-13"));
        GraphQL.requestError("{ alliance(slug: \"gtaa\") { members(asOf: \"2024-02-30\") { role } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("asOf"));
    }
}
