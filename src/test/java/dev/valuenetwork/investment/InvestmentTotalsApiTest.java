package dev.valuenetwork.investment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import dev.valuenetwork.dataset.DatasetImporter;
import dev.valuenetwork.investment.InvestmentRecord;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.SyntheticNetwork;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InvestmentTotalsApiTest {

    private static final String TOTALS = """
            query($groupBy: [InvestmentGroup!]!, $filter: InvestmentFilter) {
              investmentTotals(groupBy: $groupBy, filter: $filter) {
                groups { investor { slug } year currency count unknownAmountCount sums { amount currency }
                         totalUsd totalKrw notConvertedToUsd notConvertedToKrw
                         reportedTotals { value unit qualifier asOf } ratesUsed { base quote rate } }
                ratesUsed { base quote rate date sources { title } }
              }
            }""";

    @Inject
    DatasetImporter importer;

    @Test
    void shouldCountUnknownAmountsAndShowTheReportedTotalBesideThem() {
        GraphQL.post(TOTALS, "groupBy", List.of("INVESTOR"), "filter", Map.of("investor", "sk-telecom"))
                .body("errors", nullValue())
                .body("data.investmentTotals.groups", hasSize(1))
                .body("data.investmentTotals.groups[0].count", equalTo(4))
                // Only SGH's amount is known (The Fact's claim); the other three stay unknown, not zero.
                .body("data.investmentTotals.groups[0].unknownAmountCount", equalTo(3))
                .body("data.investmentTotals.groups[0].sums.amount", org.hamcrest.Matchers.contains("200000000"))
                .body("data.investmentTotals.groups[0].totalUsd", equalTo("200000000"))
                .body("data.investmentTotals.groups[0].reportedTotals.unit", org.hamcrest.Matchers.containsInAnyOrder("USD", "KRW"))
                .body("data.investmentTotals.groups[0].reportedTotals.find { it.unit == 'USD' }.value", equalTo("230000000"));
    }

    @Test
    void shouldConvertWithTheRecordedRateAndNameIt() {
        List<CitationRecord> cited = List.of(new CitationRecord(SyntheticNetwork.SOURCE, "fixture"));
        Dataset network = SyntheticNetwork.of("tot", 3).plus(Dataset.of(List.of(
                new InvestmentRecord("tot-krw", "tot-co-000", "tot-co-002", new BigDecimal("1347826086.96"), "KRW",
                        "2024-05", "won", cited),
                new InvestmentRecord("tot-unknown", "tot-co-000", "tot-co-001", null, null, "2024", "unknown", cited))));
        importer.importDataset(network, "test", m -> { });
        GraphQL.post(TOTALS, "groupBy", List.of("INVESTOR", "YEAR"), "filter", Map.of("investor", "tot-co-000"))
                .body("errors", nullValue())
                .body("data.investmentTotals.groups", hasSize(1))
                .body("data.investmentTotals.groups[0].year", equalTo(2024))
                .body("data.investmentTotals.groups[0].count", equalTo(4))
                .body("data.investmentTotals.groups[0].unknownAmountCount", equalTo(1))
                .body("data.investmentTotals.groups[0].sums.find { it.currency == 'USD' }.amount", equalTo("2000"))
                .body("data.investmentTotals.groups[0].sums.find { it.currency == 'KRW' }.amount", equalTo("1347826086.96"))
                // 2,000 USD + 1,347,826,086.96 KRW at 1,347.82608696 KRW per USD = 1,000,000 USD
                .body("data.investmentTotals.groups[0].totalUsd", equalTo("1002000"))
                .body("data.investmentTotals.groups[0].ratesUsed[0].quote", equalTo("KRW"))
                .body("data.investmentTotals.ratesUsed[0].sources[0].title", org.hamcrest.Matchers.startsWith("[AI시대"));
    }

    @Test
    void shouldGroupByCurrency() {
        GraphQL.post(TOTALS, "groupBy", List.of("CURRENCY"), "filter", Map.of("investor", "sk-telecom"))
                .body("data.investmentTotals.groups.currency", org.hamcrest.Matchers.containsInAnyOrder("USD", null))
                .body("data.investmentTotals.groups.find { it.currency == null }.count", equalTo(3));
        GraphQL.post(TOTALS, "groupBy", List.of()).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void shouldShowAnAlliancesReportedSubscribersBesideItsMembersOwn() {
        GraphQL.post("{ alliance(slug: \"gtaa\") { subscribers { reported { value qualifier } membersSum membersWithFigure"
                + " membersWithoutFigure } } }")
                .body("data.alliance.subscribers.reported[0].value", equalTo("1300000000"))
                .body("data.alliance.subscribers.membersSum", nullValue())
                .body("data.alliance.subscribers.membersWithFigure", equalTo(0))
                .body("data.alliance.subscribers.membersWithoutFigure", equalTo(5));
    }
}
