package dev.valuenetwork.claim;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competing claims with their ranks and sources, and ties that count only while in force. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ClaimsAndStatusApiTest {

    private static final String CLAIMS = "claims { attribute value effectiveOn rank reason words inferred note sources { key } }";

    private static final String NETWORK = """
            query($slug: String!, $asOf: PartialDate, $statuses: [AllianceStatus!]) {
              network(slug: $slug, depth: 1, asOf: $asOf, statuses: $statuses) {
                nodes { ... on Alliance { slug status } ... on Company { slug } }
                edges { kind status to { ... on Alliance { slug } } sources { key } }
              }
            }""";

    @Test
    void shouldGiveGtaasFoundingAsOtherReportsClaimIt() {
        GraphQL.post("""
                { alliance(slug: "gtaa") { formedOn formedClaims: claims(attribute: "formedOn") { value rank sources { key } }
                    members { role since company { slug } %s } } }""".formatted(CLAIMS))
                .body("errors", nullValue())
                // The article dates nothing: the date is the Korea Herald's, preferred over the KED feed's "July 2023".
                .body("data.alliance.formedOn", equalTo("2023-07-27"))
                .body("data.alliance.formedClaims.value", contains("2023-07-27", "2023-07"))
                .body("data.alliance.formedClaims.rank", contains("PREFERRED", "NORMAL"))
                .body("data.alliance.formedClaims[0].sources.key", contains("koreaherald-2023-07-27-gtaa-launch"))
                .body("data.alliance.formedClaims[1].sources.key", contains("ked-2024-skt-ai-alliance-partners"))
                // Four founders in July 2023...
                .body("data.alliance.members.findAll { it.role == 'founding member' }.company.slug",
                        containsInAnyOrder("sk-telecom", "deutsche-telekom", "e-and", "singtel"))
                .body("data.alliance.members.find { it.company.slug == 'singtel' }.since", equalTo("2023-07-27"))
                // ...and SoftBank, which joined in February 2024 by one report and took part in the founding meeting
                // by another: the claims disagree and none is preferred, so the role is null and both are listed.
                .body("data.alliance.members.find { it.company.slug == 'softbank' }.role", nullValue())
                .body("data.alliance.members.find { it.company.slug == 'softbank' }.since", equalTo("2024-02"))
                .body("data.alliance.members.find { it.company.slug == 'softbank' }.claims.findAll { it.attribute == 'role' }.value",
                        contains("member", "founding member"))
                .body("data.alliance.members.find { it.company.slug == 'softbank' }.claims.findAll { it.attribute == 'role' }.rank",
                        everyItem(equalTo("NORMAL")))
                .body("data.alliance.members.find { it.company.slug == 'softbank' }.claims.find { it.value == 'founding member' }"
                        + ".sources.key", contains("aitimes-2024-02-gtaa-founding-meeting"));
    }

    @Test
    void shouldRankTheArticlesLastMonthBelowTheReportedSigningDate() {
        GraphQL.post("{ alliance(slug: \"kt-microsoft-partnership\") { formedOn nameBasis claims(attribute: \"formedOn\")"
                + " { value rank inferred words citations { source { key } excerpt } } } }")
                .body("errors", nullValue())
                .body("data.alliance.formedOn", equalTo("2024-06-03"))
                .body("data.alliance.nameBasis", equalTo("DATASET_LABEL"))
                .body("data.alliance.claims.value", contains("2024-06-03", "2024-07"))
                .body("data.alliance.claims.rank", contains("PREFERRED", "NORMAL"))
                .body("data.alliance.claims[0].citations.source.key",
                        contains("naeil-2024-06-04-kt-microsoft", "chosun-en-2024-07-26-kt-microsoft"))
                .body("data.alliance.claims[1].inferred", equalTo(true))
                .body("data.alliance.claims[1].words", equalTo("지난달"))
                .body("data.alliance.claims[1].citations[0].source.key", equalTo("dt-2024-08-telco-alliances"))
                .body("data.alliance.claims[1].citations[0].excerpt", equalTo(
                        "KT는 지난달 마이크로소프트(MS)와 AI·클라우드 분야 협력을 위한 파트너십을 맺고, 한국형 AI 클라우드·IT 서비스를 선보이겠다고 밝혔다."));
    }

    @Test
    void shouldStateTheBasisOfTheArticlesMonth() {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString("Source:dt-2024-08-telco-alliances".getBytes());
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Source { publishedOn " + CLAIMS + " } } }", "id", id)
                .body("errors", nullValue())
                .body("data.node.publishedOn", equalTo("2024-08"))
                .body("data.node.claims.rank", contains("PREFERRED", "DEPRECATED"))
                .body("data.node.claims[0].inferred", equalTo(true))
                .body("data.node.claims[0].words", equalTo("지난달 28일부터"))
                .body("data.node.claims[0].sources.key", contains("dt-2024-08-telco-alliances", "chosunbiz-2024-07-30-kt-ceo-europe"))
                .body("data.node.claims[1].reason", equalTo("The sidebar shows when the page was captured, not when the article"
                        + " appeared; some of its headlines are from September 2024."));
    }

    @Test
    void shouldDeriveARelativeDateAgainWhenItsSourcesDateIsCorrected() {
        String document = """
                sources:
                  - { key: relative-test-source, title: Relative test, publisher: tests, publishedOn: "2024-08" }
                alliances:
                  - slug: relative-test-tie
                    name: Relative test tie
                    kind: PARTNERSHIP
                    status: ACTIVE
                    claims:
                      - attribute: formedOn
                        relative: { to: relative-test-source, months: -1 }
                        words: 지난달
                        inferred: true
                        citations: [{ source: relative-test-source, excerpt: 지난달 }]
                """;
        GraphQL.as(Tokens.admin(), "mutation($doc: String!) { importDataset(document: $doc) { created } }", "doc", document)
                .body("errors", nullValue());
        String tie = "{ alliance(slug: \"relative-test-tie\") { formedOn claims { value relative { months source { key } } } } }";
        GraphQL.post(tie)
                .body("data.alliance.formedOn", equalTo("2024-07"))
                .body("data.alliance.claims[0].value", equalTo("2024-07"))
                .body("data.alliance.claims[0].relative.months", equalTo(-1))
                .body("data.alliance.claims[0].relative.source.key", equalTo("relative-test-source"));
        String source = Base64.getUrlEncoder().withoutPadding().encodeToString("Source:relative-test-source".getBytes());
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateSourceInput!) { updateSource(input: $in) { publishedOn } }",
                "in", java.util.Map.of("id", source, "version", 0, "publishedOn", "2025-01"))
                .body("errors", nullValue());
        // "Last month" counted from the corrected date.
        GraphQL.post(tie).body("data.alliance.formedOn", equalTo("2024-12")).body("data.alliance.claims[0].value", equalTo("2024-12"));
        // The same document imported again changes nothing: the derived date is not part of it.
        GraphQL.as(Tokens.admin(), "mutation($doc: String!) { importDataset(document: $doc) { updated unchanged } }", "doc",
                document.replace("publishedOn: \"2024-08\"", "publishedOn: \"2025-01\""))
                .body("data.importDataset.updated", equalTo(0));
    }

    @Test
    void shouldLeaveAnExploredTieOutOfTheNetworkInForceUnlessAsked() {
        GraphQL.post(NETWORK, "slug", "lg-uplus")
                .body("errors", nullValue())
                .body("data.network.nodes.slug", hasItem("lg-uplus-lg-ai-research-partnership"))
                .body("data.network.nodes.slug", not(hasItem("lg-uplus-meta-partnership")))
                .body("data.network.nodes.slug", not(hasItem("lg-uplus-aws-partnership")))
                .body("data.network.edges.findAll { it.kind == 'PARTNERSHIP' }.status", everyItem(equalTo("ACTIVE")));
        GraphQL.post(NETWORK, "slug", "lg-uplus", "statuses", List.of("ACTIVE", "EXPLORING", "PROMISED"))
                .body("errors", nullValue())
                .body("data.network.nodes.slug", hasItem("lg-uplus-meta-partnership"))
                .body("data.network.edges.find { it.to.slug == 'lg-uplus-meta-partnership' }.status", equalTo("EXPLORING"))
                .body("data.network.edges.find { it.to.slug == 'lg-uplus-aws-partnership' }.status", equalTo("PROMISED"))
                .body("data.network.edges.find { it.to.slug == 'lg-uplus-meta-partnership' }.sources.key",
                        contains("dt-2024-08-telco-alliances"));
    }

    @Test
    void shouldFollowATiesStatusHistoryThroughTime() {
        List<String> all = List.of("ACTIVE", "EXPLORING", "PROMISED");
        // Promised in February 2024: before that the AWS tie is not in the network whatever the filter.
        GraphQL.post(NETWORK, "slug", "lg-uplus", "asOf", "2024-01", "statuses", all)
                .body("data.network.nodes.slug", not(hasItem("lg-uplus-aws-partnership")))
                .body("data.network.nodes.slug", not(hasItem("lg-uplus-meta-partnership")));
        GraphQL.post(NETWORK, "slug", "lg-uplus", "asOf", "2024-03", "statuses", all)
                .body("data.network.nodes.slug", hasItem("lg-uplus-aws-partnership"))
                .body("data.network.nodes.slug", not(hasItem("lg-uplus-meta-partnership")));
        GraphQL.post("{ alliance(slug: \"lg-uplus-aws-partnership\") { status claims(attribute: \"status\")"
                + " { value effectiveOn inferred sources { key } } } }")
                .body("data.alliance.status", equalTo("PROMISED"))
                .body("data.alliance.claims.value", contains("PROMISED"))
                .body("data.alliance.claims[0].effectiveOn", equalTo("2024-02"))
                .body("data.alliance.claims[0].inferred", equalTo(true));
    }

    @Test
    void shouldSayUnknownWhereNoSourceGivesAStatus() {
        GraphQL.post("{ a: product(slug: \"ixi-gen\") { status nameBasis } b: product(slug: \"gen-aidu\") { status }"
                + " c: product(slug: \"telco-llm\") { status } d: alliance(slug: \"gtaa-joint-venture\") { nameBasis } }")
                .body("errors", nullValue())
                .body("data.a.status", equalTo("UNKNOWN"))
                .body("data.a.nameBasis", equalTo("GENERAL_KNOWLEDGE"))
                .body("data.b.status", equalTo("UNKNOWN"))
                .body("data.c.status", equalTo("PLANNED"))
                .body("data.d.nameBasis", equalTo("DATASET_LABEL"));
    }

    @Test
    void shouldSayWhereNamesAndDescriptionsComeFromInTheSourcesOwnWords() {
        GraphQL.post("""
                { kt: company(slug: "kt") { identityBasis descriptionBasis descriptionKo }
                  dt: company(slug: "deutsche-telekom") { descriptionBasis descriptionKo }
                  aws: alliance(slug: "lg-uplus-aws-partnership") { nameBasis purposeKo }
                  gtaa: alliance(slug: "gtaa") { nameBasis }
                  ax: product(slug: "ax-degree") { nameBasis descriptionKo } }""")
                .body("errors", nullValue())
                .body("data.kt.identityBasis", equalTo("GENERAL_KNOWLEDGE"))
                .body("data.kt.descriptionBasis", equalTo("SOURCED"))
                .body("data.kt.descriptionKo", equalTo("AICT 서비스 회사로 거듭나기 위해 글로벌 테크기업과의 적극적 파트너십"))
                .body("data.dt.descriptionBasis", equalTo("GENERAL_KNOWLEDGE"))
                .body("data.dt.descriptionKo", nullValue())
                .body("data.aws.nameBasis", equalTo("DATASET_LABEL"))
                .body("data.aws.purposeKo", equalTo("AI 역량 공동 활용 협력"))
                .body("data.gtaa.nameBasis", equalTo("SOURCED"))
                .body("data.ax.nameBasis", equalTo("SOURCED"))
                .body("data.ax.descriptionKo", equalTo("AI를 활용할 수 있는 능력인 'AI 리터러시' 강화를 위해 'AX 디그리' 프로그램"));
    }

    @Test
    void shouldGiveEachTiesPassageOnTheEdge() {
        GraphQL.post("{ network(slug: \"lg-uplus\", statuses: [PROMISED]) { edges { to { ... on Alliance { slug } } citations { excerpt source { key } } } } }")
                .body("errors", nullValue())
                .body("data.network.edges.find { it.to.slug == 'lg-uplus-aws-partnership' }.citations[0].source.key",
                        equalTo("dt-2024-08-telco-alliances"))
                .body("data.network.edges.find { it.to.slug == 'lg-uplus-aws-partnership' }.citations[0].excerpt",
                        equalTo("황현식 대표는 지난 2월 아마존웹서비스(AWS)와 만나 AI 역량 공동 활용 협력을 약속한 데 이어"));
    }

    @Test
    void shouldDescribeInvestmentsAsAnalystsDo() {
        GraphQL.post("""
                { company(slug: "sk-telecom") { investmentsMade { investee { slug } amount { amount currency } amountStatus
                    instrument roundType roundName roundAmount { amount currency } stake { percent qualifier } lead
                    coInvestors { slug } claims { attribute value sources { key } } } } }""")
                .body("errors", nullValue())
                .body("data.company.investmentsMade.find { it.investee.slug == 'sgh' }.stake.percent", equalTo("10"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'sgh' }.stake.qualifier", equalTo("ABOUT"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'sgh' }.instrument",
                        equalTo("CONVERTIBLE_PREFERRED_EQUITY"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'sgh' }.claims.sources.flatten().key",
                        everyItem(equalTo("thefact-2024-07-16-skt-sgh")))
                .body("data.company.investmentsMade.find { it.investee.slug == 'lambda' }.roundType", equalTo("SERIES_C"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'lambda' }.roundAmount.amount", equalTo("320000000"))
                .body("data.company.investmentsMade.find { it.investee.slug == 'lambda' }.amount", nullValue())
                .body("data.company.investmentsMade.find { it.investee.slug == 'lambda' }.amountStatus", equalTo("UNDISCLOSED"))
                // What no source says stays null: no lead, no co-investors, no stake for the others.
                .body("data.company.investmentsMade.lead", everyItem(nullValue()))
                .body("data.company.investmentsMade.coInvestors", everyItem(hasSize(0)))
                .body("data.company.investmentsMade.findAll { it.investee.slug != 'sgh' }.stake", everyItem(nullValue()));
    }

    @Test
    void shouldNotSayLgUplusJoinedATieItOnlyExplored() {
        GraphQL.post("{ timeline(slug: \"lg-uplus\") { date kind summary sources { key } } }")
                .body("errors", nullValue())
                .body("data.timeline.summary", not(hasItem("LG Uplus joined LG Uplus–Meta Partnership as partner")))
                .body("data.timeline.findAll { it.kind == 'JOINED' }", hasSize(0))
                .body("data.timeline.find { it.kind == 'STATUS_CHANGED' && it.date == '2024-04' }.summary",
                        equalTo("LG Uplus–Meta Partnership: cooperation explored"))
                .body("data.timeline.find { it.kind == 'STATUS_CHANGED' && it.date == '2024-02' }.summary",
                        equalTo("LG Uplus–AWS Partnership: cooperation promised"))
                .body("data.timeline.find { it.kind == 'STATUS_CHANGED' && it.date == '2024-04' }.sources.key",
                        contains("dt-2024-08-telco-alliances"));
    }
}
