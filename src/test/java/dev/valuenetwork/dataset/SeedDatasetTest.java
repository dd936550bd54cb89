package dev.valuenetwork.dataset;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The seed dataset says what the article says, cites it for every fact, and guesses nothing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SeedDatasetTest {

    private static final String ARTICLE = "[AI시대, 가치 네트워크에 주목하라] 때론 뭉치고 때론 흩어지고… 통신3사 `합종연횡` 전략";

    @Test
    void shouldHaveEveryRequiredSlug() {
        GraphQL.post("""
                { a: company(slug: "sk-telecom") { slug } b: company(slug: "kt") { slug } c: company(slug: "lg-uplus") { slug }
                  d: company(slug: "deutsche-telekom") { slug } e: company(slug: "e-and") { slug } f: company(slug: "singtel") { slug }
                  g: company(slug: "softbank") { slug } h: company(slug: "microsoft") { slug } i: company(slug: "aws") { slug }
                  j: company(slug: "meta") { slug } k: company(slug: "anthropic") { slug } l: company(slug: "lambda") { slug }
                  m: company(slug: "perplexity") { slug } n: company(slug: "sgh") { slug } o: company(slug: "lg-ai-research") { slug }
                  p: company(slug: "kaist") { slug } q: company(slug: "postech") { slug }
                  r: alliance(slug: "gtaa") { slug } s: alliance(slug: "k-ai-alliance") { slug }
                  t: person(slug: "ryu-young-sang") { nameKo } u: person(slug: "kim-young-shub") { nameKo }
                  v: person(slug: "hwang-hyeon-sik") { nameKo } }""")
                .body("errors", nullValue())
                .body("data.q.slug", equalTo("postech"))
                .body("data.t.nameKo", equalTo("유영상"))
                .body("data.u.nameKo", equalTo("김영섭"))
                .body("data.v.nameKo", equalTo("황현식"));
    }

    @Test
    void shouldRecordTheThreeCeosAndAllTheirQuotes() {
        GraphQL.post("""
                { people(first: 10) { edges { node { slug roles { title titleKo company { slug } sources { title } }
                  statements { text translation language saidOn place speakerTitle company { slug } sources { title } } } } } }""")
                .body("data.people.edges.node.slug", containsInAnyOrder("ryu-young-sang", "kim-young-shub", "hwang-hyeon-sik"))
                .body("data.people.edges.node.roles.flatten().title", everyItem(equalTo("CEO")))
                .body("data.people.edges.node.roles.flatten().titleKo", everyItem(equalTo("대표")))
                .body("data.people.edges.node.roles.flatten().company.slug", containsInAnyOrder("sk-telecom", "kt", "lg-uplus"))
                // Two quotes and the reported call to join GTAA.
                .body("data.people.edges.find { it.node.slug == 'ryu-young-sang' }.node.statements", hasSize(3))
                .body("data.people.edges.node.statements.flatten().language", everyItem(equalTo("ko")))
                .body("data.people.edges.node.statements.flatten().translation", everyItem(not(empty())))
                .body("data.people.edges.node.statements.flatten().sources.flatten().title", everyItem(equalTo(ARTICLE)));
    }

    @Test
    void shouldKeepTheUnnamedExpertUnnamed() {
        GraphQL.post("{ statements(first: 100) { edges { node { speaker { slug } speakerDescription saidOn } } } }")
                .body("data.statements.edges.findAll { it.node.speaker == null }.node.speakerDescription",
                        everyItem(equalTo("an industry expert (업계 한 전문가)")))
                .body("data.statements.edges.findAll { it.node.speaker == null }", hasSize(2))
                .body("data.statements.edges", hasSize(7));
    }

    @Test
    void shouldLeaveUnknownAmountsNullAndReportTheTotalSideBySide() {
        GraphQL.post("""
                { company(slug: "sk-telecom") { investmentsMade { amount { amount currency } amountStatus announcedOn investee { slug } }
                  figures { metric value unit qualifier asOf } } }""")
                // The article gives no single amount; only The Fact gives SGH's, and Lambda's was not disclosed.
                .body("data.company.investmentsMade.findAll { it.investee.slug != 'sgh' }.amount", everyItem(nullValue()))
                .body("data.company.investmentsMade.find { it.investee.slug == 'sgh' }.amount.amount", equalTo("200000000"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'lambda' }.amountStatus", equalTo("UNDISCLOSED"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'anthropic' }.amountStatus", equalTo("NOT_REPORTED"))
                .body("data.company.investmentsMade.findAll { it.investee.slug != 'lambda' }.announcedOn", everyItem(nullValue()))
                .body("data.company.figures.findAll { it.metric == 'ai_investment_total' }.unit", containsInAnyOrder("USD", "KRW"))
                .body("data.company.figures.find { it.unit == 'KRW' }.value", equalTo("310000000000"))
                .body("data.company.figures.find { it.unit == 'USD' }.asOf", equalTo("2024"));
    }

    @Test
    void shouldRecordEveryReportedFigure() {
        GraphQL.post("""
                { gtaa: alliance(slug: "gtaa") { figures { metric value unit qualifier asOf } }
                  kt: company(slug: "kt") { figures { metric value unit qualifier asOf } }
                  llm: product(slug: "telco-llm") { figures { metric value unit } owner { ... on Alliance { slug } } } }""")
                .body("data.gtaa.figures.metric", containsInAnyOrder("subscribers", "attendees", "member_companies"))
                .body("data.gtaa.figures.find { it.metric == 'attendees' }.value", equalTo("250"))
                .body("data.kt.figures.find { it.metric == 'hiring_plan' }.value", equalTo("1000"))
                .body("data.kt.figures.find { it.metric == 'hiring_plan' }.unit", equalTo("person"))
                .body("data.llm.figures[0].value", equalTo("5"))
                .body("data.llm.owner.slug", equalTo("gtaa-joint-venture"));
    }

    @Test
    void shouldCiteTheArticleForEveryFact() {
        GraphQL.post("""
                { alliances(first: 50) { edges { node { slug sources(first: 5) { title publishedOn url }
                    members(first: 20) { sources(first: 5) { title } } products(first: 10) { sources(first: 5) { title } }
                    figures(first: 10) { sources(first: 5) { title } } } } } }""")
                .body("data.alliances.edges.findAll { it.node.slug in ['gtaa', 'gtaa-joint-venture', 'k-ai-alliance', 'kt-microsoft-partnership',"
                        + " 'lg-uplus-aws-partnership', 'lg-uplus-meta-partnership', 'lg-uplus-lg-ai-research-partnership',"
                        + " 'kt-industry-academia-projects'] }.node.sources.flatten().title",
                        everyItem(equalTo(ARTICLE)))
                .body("data.alliances.edges.node.members.flatten().sources", everyItem(not(empty())))
                .body("data.alliances.edges.node.products.flatten().sources", everyItem(not(empty())))
                .body("data.alliances.edges.node.figures.flatten().sources", everyItem(not(empty())))
                .body("data.alliances.edges.node.sources.flatten().findAll { it.title == '" + ARTICLE + "' }.url", everyItem(nullValue()))
                .body("data.alliances.edges.node.sources.flatten().findAll { it.title == '" + ARTICLE + "' }.publishedOn",
                        everyItem(equalTo("2024-08")));
    }

    @Test
    void shouldModelProductsAndProgrammes() {
        GraphQL.post("""
                { kt: company(slug: "kt") { products { slug kind status } }
                  lg: company(slug: "lg-uplus") { products { slug nameKo kind } } }""")
                .body("data.kt.products.slug", containsInAnyOrder("ax-degree", "gen-aidu"))
                .body("data.kt.products.kind", hasItems("PROGRAMME", "PLATFORM"))
                .body("data.lg.products[0].nameKo", equalTo("익시젠"));
    }
}
