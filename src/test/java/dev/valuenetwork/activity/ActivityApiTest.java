package dev.valuenetwork.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Activities: KT's CEO's European trip from the seed, on the person, the company and the timeline; written through mutations. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ActivityApiTest {

    private static String id(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes());
    }

    @Test
    void shouldGiveKtsCeosTripWithItsSources() {
        GraphQL.post("""
                { person(slug: "kim-young-shub") { activities { description descriptionKo startedOn place company { slug }
                    citations { excerpt source { key } } } }
                  company(slug: "kt") { activities { person { slug } } } }""")
                .body("errors", nullValue())
                .body("data.person.activities", hasSize(1))
                .body("data.person.activities[0].startedOn", equalTo("2024-07-28"))
                .body("data.person.activities[0].place", equalTo("Europe"))
                .body("data.person.activities[0].descriptionKo", equalTo("유럽 출장길에 올라 글로벌 흐름을 들여다 보기도 했다"))
                .body("data.person.activities[0].citations.source.key",
                        contains("dt-2024-08-telco-alliances", "chosunbiz-2024-07-30-kt-ceo-europe"))
                .body("data.person.activities[0].citations[0].excerpt",
                        equalTo("김영섭 KT 대표는 지난달 28일부터 유럽 출장길에 올라 글로벌 흐름을 들여다 보기도 했다."))
                .body("data.company.activities[0].person.slug", equalTo("kim-young-shub"));
        GraphQL.post("{ timeline(slug: \"kt\") { date kind summary } }")
                .body("data.timeline.find { it.kind == 'ACTIVITY' }.date", equalTo("2024-07-28"))
                .body("data.timeline.find { it.kind == 'ACTIVITY' }.summary",
                        equalTo("Kim Young-shub: Left on a business trip to Europe to look at global trends. (Europe)"));
    }

    @Test
    void shouldRecordAndRefuseActivities() {
        // A company of its own, so other tests' timelines stay as the seed has them.
        GraphQL.as(Tokens.editor(), "mutation($in: CreateCompanyInput!) { createCompany(input: $in) { id } }",
                "in", Map.of("slug", "activity-test-company", "name", "Activity Test Company", "kind", "OTHER"))
                .body("errors", nullValue());
        String created = GraphQL.as(Tokens.editor(), "mutation($in: CreateActivityInput!) { createActivity(input: $in) { id startedOn } }",
                "in", Map.of("companyId", id("Company", "activity-test-company"), "description", "A test visit", "startedOn", "2024-02",
                        "sources", List.of(Map.of("sourceId", id("Source", "dt-2024-08-telco-alliances")))))
                .body("errors", nullValue()).body("data.createActivity.startedOn", equalTo("2024-02"))
                .extract().path("data.createActivity.id");
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Activity { description company { slug } person { slug } } } }",
                "id", created)
                .body("data.node.company.slug", equalTo("activity-test-company")).body("data.node.person", nullValue());
        GraphQL.sendAs(Tokens.editor(), "mutation($in: CreateActivityInput!) { createActivity(input: $in) { id } }",
                "in", Map.of("description", "Nobody did this", "sources", List.of(Map.of("sourceId", id("Source", "dt-2024-08-telco-alliances")))))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("needs a person, a company or both"));
        GraphQL.sendAs(Tokens.editor(), "mutation($in: CreateActivityInput!) { createActivity(input: $in) { id } }",
                "in", Map.of("personId", id("Person", "kim-young-shub"), "description", "Unsourced", "sources", List.of()))
                .body("errors[0].extensions.argument", equalTo("input.sources"));
    }
}
